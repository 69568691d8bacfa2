"""The project's own corpus: hand-made samples (`samples/`) and a generator of realistic
reports with known answers (`generator/`, `nianbao corpus generate`)."""
