"""What works over many articles: readers (every kind of source into articles), ingest and watch
(articles into the store), scale (parsing on Ray workers), clustering event mentions (`cluster`),
the store (`store`: DuckDB, written by one process) and reading it (`query`)."""
