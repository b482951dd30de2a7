//! With the `split` feature, on wasm: the linker keeps its relocations in the output
//! (`--emit-relocs`), which `wasm-split-cli` reads to find what each split point reaches (see
//! src/web/lazy.rs and tools/split/).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
