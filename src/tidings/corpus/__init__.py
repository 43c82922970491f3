"""What works over many articles: readers (every kind of source into articles), ingest and watch
(articles into the store), scale (parsing on Ray workers), and clustering event mentions
(`cluster`)."""
