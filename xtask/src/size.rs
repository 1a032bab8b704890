//! The SPA's transfer size (Wasm + JS + CSS), raw and compressed, against the budget.

use std::{fs, path::Path};

use crate::{Result, paths, spa};

/// PRODUCT.md: the page's Wasm + JS + CSS transfer at most 150 KB compressed.
const BUDGET_BYTES: u64 = 150_000;
const COUNTED: [&str; 3] = ["wasm", "js", "css"];

pub fn report() -> Result {
    let dist = paths::dist();
    let mut rows = Vec::new();
    for path in spa::files(&dist)? {
        let counted = path
            .extension()
            .is_some_and(|ext| COUNTED.iter().any(|c| ext == *c));
        if counted {
            rows.push(Row {
                name: path
                    .strip_prefix(&dist)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                raw: size(&path)?,
                gzip: size(&spa::with_suffix(&path, "gz"))?,
                brotli: size(&spa::with_suffix(&path, "br"))?,
            });
        }
    }
    let total = Row {
        name: "total".into(),
        raw: rows.iter().map(|r| r.raw).sum(),
        gzip: rows.iter().map(|r| r.gzip).sum(),
        brotli: rows.iter().map(|r| r.brotli).sum(),
    };
    println!("\nSPA transfer size (dist/):");
    println!(
        "{:<52} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    for row in rows.iter().chain([&total]) {
        println!(
            "{:<52} {:>10} {:>10} {:>10}",
            row.name,
            kb(row.raw),
            kb(row.gzip),
            kb(row.brotli)
        );
    }
    // Plain-http pages get gzip (browsers offer brotli only over https): budget the larger.
    let worst = total.gzip.max(total.brotli);
    println!(
        "budget: {} compressed, used {} ({}%)\n",
        kb(BUDGET_BYTES),
        kb(worst),
        worst * 100 / BUDGET_BYTES
    );
    if worst > BUDGET_BYTES {
        return Err(format!(
            "the SPA is {} compressed, over the {} budget",
            kb(worst),
            kb(BUDGET_BYTES)
        ));
    }
    Ok(())
}

struct Row {
    name: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

fn size(path: &Path) -> Result<u64> {
    fs::metadata(path).map(|m| m.len()).map_err(|e| {
        format!(
            "cannot read {}: {e} (run `cargo xtask build`)",
            path.display()
        )
    })
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}
