//! Stable ids for sources, facts and quotes: they depend only on the file name and the text, so
//! they stay the same across reloads while the text does not change.

use std::path::Path;

use rustc_hash::FxHashMap;

/// FNV-1a, 64 bits: tiny, fast and stable across platforms and releases (unlike `DefaultHasher`).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The id of a source: its file stem, lower-cased, other characters than `a-z0-9_-` as `-`.
pub fn source_id(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let id: String = stem
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if id.is_empty() {
        format!(
            "src-{:08x}",
            fnv1a(file.to_string_lossy().as_bytes()) as u32
        )
    } else {
        id
    }
}

/// Hands out `<source>:<kind>-<hash>` ids, numbering repeats of the same text in one source.
#[derive(Debug, Default)]
pub struct IdMaker {
    seen: FxHashMap<String, usize>,
}

impl IdMaker {
    pub fn make(&mut self, source: &str, kind: char, text: &str) -> String {
        let base = format!("{source}:{kind}-{:08x}", fnv1a(text.as_bytes()) as u32);
        // Clone the key only the first time a text is seen (the common case is once).
        if let Some(n) = self.seen.get_mut(&base) {
            *n += 1;
            format!("{base}-{n}")
        } else {
            self.seen.insert(base.clone(), 1);
            base
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_depend_on_text_only() {
        let mut a = IdMaker::default();
        let mut b = IdMaker::default();
        assert_eq!(a.make("s", 'f', "Hello."), b.make("s", 'f', "Hello."));
        assert_eq!(
            a.make("s", 'f', "Hello."),
            "s:f-a430d846-2".replace("a430d846", &format!("{:08x}", fnv1a(b"Hello.") as u32))
        );
        assert_eq!(source_id(Path::new("sources/My File.md")), "my-file");
    }
}
