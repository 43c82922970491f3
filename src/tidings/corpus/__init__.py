"""What works over many articles: clustering event mentions (`cluster`), the store (`store`:
DuckDB, written by one process) and reading it (`query`)."""
