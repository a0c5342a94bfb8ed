"""The app's routes, one module per page: each serves the page and its JSON over diplograph.store.queries."""
