"""Tools for working on cleaner itself (tests and benchmarks use them); not part of the package."""
