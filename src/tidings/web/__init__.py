"""The web page's files (static/, served by `tidings serve`) and the article view as one
self-contained HTML file (`tidings read --format html`)."""
