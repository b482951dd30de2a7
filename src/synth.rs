//! Synthetic datasets for benchmarks (being written).
