//! Search ranking (being written).
