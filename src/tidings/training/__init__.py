"""Training the small learned parts of tidings from gold data (`tidings train`). scikit-learn is
imported here only: the pipeline applies the shipped weights without it."""
