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
    /// The source of the first id made: ids of that source are counted by `(kind, hash)`, with
    /// no string key to build or hash (extraction makes every id of an article for one source).
    first_source: Option<String>,
    seen_first: FxHashMap<(char, u32), usize>,
    /// Ids of any other source, by their full base.
    seen_other: FxHashMap<String, usize>,
}

impl IdMaker {
    pub fn make(&mut self, source: &str, kind: char, text: &str) -> String {
        let h = fnv1a(text.as_bytes()) as u32;
        let base = format!("{source}:{kind}-{h:08x}");
        let first = self.first_source.get_or_insert_with(|| source.to_string());
        let n = if first == source {
            let n = self.seen_first.entry((kind, h)).or_insert(0);
            *n += 1;
            *n
        } else if let Some(n) = self.seen_other.get_mut(&base) {
            *n += 1;
            *n
        } else {
            self.seen_other.insert(base.clone(), 1);
            1
        };
        if n == 1 {
            base
        } else {
            format!("{base}-{n}")
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

    #[test]
    fn repeats_are_numbered_per_source_and_kind() {
        let mut m = IdMaker::default();
        let h = format!("{:08x}", fnv1a(b"Same.") as u32);
        assert_eq!(m.make("a", 'f', "Same."), format!("a:f-{h}"));
        assert_eq!(m.make("b", 'f', "Same."), format!("b:f-{h}"));
        assert_eq!(m.make("a", 'q', "Same."), format!("a:q-{h}"));
        assert_eq!(m.make("a", 'f', "Same."), format!("a:f-{h}-2"));
        assert_eq!(m.make("b", 'f', "Same."), format!("b:f-{h}-2"));
        assert_eq!(m.make("a", 'f', "Same."), format!("a:f-{h}-3"));
    }
}
