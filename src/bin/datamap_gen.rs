//! `datamap-gen`: writes a synthetic Geneva Data Map dataset for benchmarks (see
//! [`datamap::synth`]). The same arguments always give the same bytes.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::io::Write;
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use datamap::synth::{generate, preset, SynthOptions};

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str =
    "usage: datamap-gen [--size S|M|L] [--orgs N] [--topics M] [--links E] [--seed S] [--bake] [--out FILE]

Writes a valid, clearly labelled synthetic dataset (compact JSON) to FILE, or to standard output.
  --size S|M|L  a preset: S = 180 organisations, 20 topics, 600 links (the default);
                M = 1,800 / 200 / 8,000; L = 18,000 / 2,000 / 80,000.
                --orgs, --topics and --links override the preset's counts.
  --seed S      the generator's seed (default 1): the same arguments give the same bytes
  --bake        fill `positions` for every node with a quick deterministic placement
  --out FILE    write to FILE instead of standard output
Links are raised to one per organisation and capped at organisations x topics.
Exit status: 0 written, 1 the output could not be written, 2 bad arguments.";

/// What the command line asks for, or why it cannot be understood.
#[cfg(not(target_arch = "wasm32"))]
fn parse(args: &[String]) -> Result<Option<(SynthOptions, Option<String>)>, String> {
    let mut size = None;
    let (mut orgs, mut topics, mut links, mut seed) = (None, None, None, None);
    let (mut bake, mut out) = (false, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| format!("{flag} needs a value"));
        let number = |v: String| v.parse::<u64>().map_err(|_| format!("{flag} takes a whole number, not {v:?}"));
        let count = |v: String| number(v).and_then(|n| usize::try_from(n).map_err(|e| e.to_string()));
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--size" => size = Some(value()?),
            "--orgs" => orgs = Some(count(value()?)?),
            "--topics" => topics = Some(count(value()?)?),
            "--links" => links = Some(count(value()?)?),
            "--seed" => seed = Some(number(value()?)?),
            "--out" => out = Some(value()?),
            "--bake" => bake = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let size = size.unwrap_or_else(|| "S".to_owned());
    let base = preset(&size).ok_or_else(|| format!("unknown size {size:?}; the sizes are S, M and L"))?;
    let opts = SynthOptions {
        orgs: orgs.unwrap_or(base.orgs),
        topics: topics.unwrap_or(base.topics),
        links: links.unwrap_or(base.links),
        seed: seed.unwrap_or(base.seed),
        bake,
    };
    Ok(Some((opts, out)))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (opts, out) = match parse(&args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(why) => {
            eprintln!("datamap-gen: {why}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let dataset = generate(&opts);
    let written = match &out {
        Some(path) => std::fs::File::create(path).and_then(|f| write(std::io::BufWriter::new(f), &dataset)),
        None => write(std::io::BufWriter::new(std::io::stdout().lock()), &dataset),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(1),
        Err(e) => {
            eprintln!("datamap-gen: cannot write {}: {e}", out.as_deref().unwrap_or("to standard output"));
            ExitCode::from(1)
        }
    }
}

/// Writes the dataset as compact JSON and a final newline.
#[cfg(not(target_arch = "wasm32"))]
fn write(mut w: impl Write, dataset: &datamap::model::Dataset) -> std::io::Result<()> {
    serde_json::to_writer(&mut w, dataset)?;
    w.write_all(b"\n")?;
    w.flush()
}
