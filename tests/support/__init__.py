"""What the tests share: where things are, the site build, the session's snippet runs, Pyodide."""
