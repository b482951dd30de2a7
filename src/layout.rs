//! Seeded force-directed layout (being written).
