//! Measuring helpers for the benchmarks that `cargo xtask bench` runs.
//!
//! The targets of this crate do the measuring, in a release build:
//! `src/bin/generate.rs` times the generator's stages on one document (one
//! process per document, so its peak memory is that document's), and
//! `benches/client.rs` compares a `readmin-client` call with the same
//! request made with plain `reqwest`, against [`server`] on 127.0.0.1. Both
//! print JSON on stdout for xtask, which writes `BENCHMARKS.md`.

pub mod latency;
pub mod memory;
pub mod server;
