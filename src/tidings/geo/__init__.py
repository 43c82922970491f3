"""Geography: the gazetteer (GeoNames and tidings' own places, compiled once), how names are
normalized, what an article's toponyms say about where it is, and how candidates are ranked."""
