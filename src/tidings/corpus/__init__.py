"""What works over many articles: clustering event mentions (`cluster`), and later readers,
the store and export."""
