//! The edition's commands as `datamap-check` runs them: `edition FILE DIST` writes the plain
//! edition into `DIST/edition/` and, when `DATAMAP_BASE_URL` is set, `DIST/sitemap.xml` and the
//! absolute preview addresses of `DIST/index.html`; `preview-key FILE` prints the key of the
//! overview's picture. Each returns the exit status (0 done, 1 the file is invalid, 2 a file cannot
//! be read or written, or the address is unusable).

use std::path::Path;

use super::site::{absolute_previews, sitemap, BaseUrl};
use crate::workbench::cli::load_file;
use crate::workbench::write_whole;

/// The build setting that holds the site's address.
pub const BASE_URL_VAR: &str = "DATAMAP_BASE_URL";

/// Writes `text` to `path`, or says why not.
fn write(path: &Path, text: &str) -> Result<(), i32> {
    write_whole(path, text.as_bytes()).map_err(|e| {
        eprintln!("datamap-check: cannot write {}: {e}", path.display());
        2
    })
}

/// `edition FILE DIST`, with the site's address `base` (the value of `DATAMAP_BASE_URL`, if set).
pub fn edition(file: &str, dist: &str, base: Option<&str>) -> i32 {
    match run(file, Path::new(dist), base.filter(|b| !b.trim().is_empty())) {
        Ok(()) => 0,
        Err(code) => code,
    }
}

fn run(file: &str, dist: &Path, base: Option<&str>) -> Result<(), i32> {
    let base = base.map(|b| b.parse::<BaseUrl>()).transpose().map_err(|e| {
        eprintln!("datamap-check: {BASE_URL_VAR}: {e}");
        2
    })?;
    let ds = load_file(file)?;
    let dir = dist.join("edition");
    std::fs::create_dir_all(&dir).map_err(|e| {
        eprintln!("datamap-check: cannot make the folder {}: {e}", dir.display());
        2
    })?;
    let files = super::edition(&ds);
    let mut bytes = 0;
    for f in &files {
        write(&dir.join(f.name), &f.text)?;
        bytes += f.text.len();
    }
    let pages = files.iter().filter(|f| f.name.ends_with(".html")).count();
    println!("edition: {pages} pages, {} files, {bytes} bytes, in {}", files.len(), dir.display());
    let Some(base) = base else {
        println!("edition: {BASE_URL_VAR} is not set: no sitemap.xml, and index.html's preview image keeps its relative address (see docs/HOSTING.md)");
        return Ok(());
    };
    let updated = ds.meta.as_ref().and_then(|m| m.updated.as_deref());
    write(&dist.join("sitemap.xml"), &sitemap(&base, updated))?;
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| {
        eprintln!("datamap-check: cannot read {}: {e}", index.display());
        2
    })?;
    match absolute_previews(&page, &base) {
        Some(page) => write(&index, &page)?,
        None => println!("edition: {} has no relative og:image: left as it is", index.display()),
    }
    println!("edition: sitemap.xml and the preview tags of index.html at {}", base.as_str());
    Ok(())
}

/// `preview-key FILE`: prints the key of what the overview map of FILE shows.
pub fn preview_key(file: &str) -> i32 {
    match load_file(file) {
        Ok(ds) => {
            println!("{}", super::card::picture_key(&ds));
            0
        }
        Err(code) => code,
    }
}
