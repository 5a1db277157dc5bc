//! The layering ARCHITECTURE.md promises, checked on the source text: which of Parley's modules
//! each file names (`use crate::…`, `crate::…` paths, `super::…` resolved), then
//! - the model and the word lists import nothing of ours;
//! - only `src/discord/` names serenity, tokio or reqwest;
//! - every module imports only modules of lower layers (or its own folder);
//! - no two files import each other, directly or round a longer circle.
//!
//! A folder's `mod.rs` declaring and re-exporting its own children is containment, not an import,
//! so a child may use what its folder defines. Comments are ignored.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules by layer: a module may import only modules of a lower layer.
const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("model", 0),
    ("lexicon", 0),
    ("source", 1),
    ("extract", 2),
    ("retrieve", 2),
    ("kb", 3),
    ("reply", 4),
    ("answer", 5),
    ("import", 5),
    ("feedback", 5),
    ("settings", 6),
    ("cli", 7),
    ("discord", 7),
    ("lib", 8),
    ("main", 9),
];

fn layer(module: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("module `{module}` has no layer in LAYERS: add it"))
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src is readable") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file: `src/retrieve/index.rs` → `[retrieve, index]`.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix("src").expect("under src");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without `//` comments (string literals holding `//` are rare here and
/// only make the check stricter).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path the code names: `crate::a::b…` and `super::…` (relative to `module`),
/// including each name inside a `{…}` group.
fn imports(code: &str, module: &[String], is_mod_rs: bool) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let bytes: Vec<char> = code.chars().collect();
    let text: String = bytes.iter().collect();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(start) {
            let at = from + i;
            from = at + start.len();
            if at > 0 && text[..at].chars().next_back().is_some_and(ident) {
                continue;
            }
            // The base path this reference starts from.
            let mut base: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                let mut b = module.to_vec();
                // `super` of a folder's mod.rs is the folder's parent; of a file, its folder.
                if is_mod_rs || !b.is_empty() {
                    b.pop();
                }
                b
            };
            let mut rest = &text[at + start.len()..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            let path: String = rest
                .chars()
                .take_while(|&c| {
                    ident(c) || c == ':' || c == '{' || c == '}' || c == ',' || c.is_whitespace()
                })
                .collect();
            let head: String = path.split("::{").next().unwrap_or("").to_string();
            let mut segs: Vec<String> = base.clone();
            segs.extend(
                head.split("::")
                    .map(|s| s.trim().to_string())
                    .take_while(|s| !s.is_empty() && s.chars().all(ident)),
            );
            out.push(segs.clone());
            // `{a, b::c}` groups: one path each.
            if let Some(group) = path.split_once("::{").map(|x| x.1) {
                let group = group.split('}').next().unwrap_or("");
                for item in group.split(',') {
                    let first = item.trim().split("::").next().unwrap_or("").trim();
                    if !first.is_empty() && first.chars().all(ident) && first != "self" {
                        let mut p = segs.clone();
                        p.push(first.to_string());
                        out.push(p);
                    }
                }
            }
        }
    }
    out
}

struct Tree {
    /// Module path → file.
    files: BTreeMap<Vec<String>, PathBuf>,
}

impl Tree {
    fn load() -> Tree {
        let mut list = Vec::new();
        rs_files(Path::new("src"), &mut list);
        let files = list.into_iter().map(|f| (module_of(&f), f)).collect();
        Tree { files }
    }

    /// The file a path names: the longest module prefix that is a file.
    fn file_of(&self, path: &[String]) -> Option<Vec<String>> {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|p| self.files.contains_key(p))
    }

    /// File → the other files it imports (a folder's mod.rs importing its own children excluded).
    fn graph(&self) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
        let mut g = BTreeMap::new();
        for (module, file) in &self.files {
            let text = std::fs::read_to_string(file).expect("readable");
            let is_mod_rs = file.ends_with("mod.rs") || file.ends_with("lib.rs");
            let mut to = BTreeSet::new();
            for path in imports(&code(&text), module, is_mod_rs) {
                let Some(target) = self.file_of(&path) else {
                    continue;
                };
                let contains =
                    is_mod_rs && target.starts_with(module) && target.len() > module.len();
                if target != *module && !contains && !target.is_empty() {
                    to.insert(target);
                }
            }
            g.insert(module.clone(), to);
        }
        g
    }
}

fn top(m: &[String]) -> &str {
    m.first().map_or("lib", String::as_str)
}

#[test]
fn the_model_and_the_word_lists_import_nothing_of_ours() {
    let tree = Tree::load();
    for (from, to) in tree.graph() {
        if matches!(top(&from), "model" | "lexicon" | "error") {
            let outside: Vec<_> = to.iter().filter(|t| top(t) != top(&from)).collect();
            assert!(outside.is_empty(), "{from:?} imports {outside:?}");
        }
    }
}

#[test]
fn only_the_discord_adapter_names_serenity_or_tokio() {
    let tree = Tree::load();
    for (module, file) in &tree.files {
        if top(module) == "discord" {
            continue;
        }
        let text = code(&std::fs::read_to_string(file).expect("readable"));
        for name in ["serenity", "tokio", "reqwest"] {
            assert!(
                !text.contains(name),
                "{} names {name}: only src/discord/ may",
                file.display()
            );
        }
    }
}

#[test]
fn layers_point_one_way() {
    let tree = Tree::load();
    let mut wrong = Vec::new();
    for (from, to) in tree.graph() {
        for t in to {
            let (a, b) = (top(&from), top(&t));
            if a != b && layer(b) >= layer(a) {
                wrong.push(format!(
                    "{} ({}) imports {} ({})",
                    from.join("::"),
                    layer(a),
                    t.join("::"),
                    layer(b)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layering:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_file_imports_itself_round_a_circle() {
    let g = Tree::load().graph();
    // Depth-first search with colours: grey on the stack, black done.
    fn visit(
        n: &Vec<String>,
        g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        colour: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        colour.insert(n.clone(), 1);
        stack.push(n.clone());
        for m in g.get(n).into_iter().flatten() {
            match colour.get(m).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|x| x == m).unwrap_or(0);
                    return Some(stack[at..].to_vec());
                }
                0 => {
                    if let Some(c) = visit(m, g, colour, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        colour.insert(n.clone(), 2);
        None
    }
    let mut colour = BTreeMap::new();
    for n in g.keys() {
        if colour.get(n).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(n, &g, &mut colour, &mut Vec::new()) {
                let names: Vec<String> = c.iter().map(|m| m.join("::")).collect();
                panic!("import circle: {}", names.join(" -> "));
            }
        }
    }
}

#[test]
fn the_checker_sees_imports_and_circles() {
    // The checker itself: `super` and groups resolve, so a circle would be found.
    let m = vec!["retrieve".to_string(), "rerank".to_string()];
    let got = imports(
        "use super::index::{Doc, Index};\nuse crate::model::{Kind, Source};",
        &m,
        false,
    );
    assert!(
        got.contains(&vec!["retrieve".into(), "index".into()]),
        "{got:?}"
    );
    assert!(
        got.contains(&vec!["model".into(), "Kind".into()]),
        "{got:?}"
    );
    let tree = Tree::load();
    assert_eq!(
        tree.file_of(&["retrieve".into(), "index".into(), "Index".into()]),
        Some(vec!["retrieve".into(), "index".into()])
    );
    assert!(tree.graph().values().map(BTreeSet::len).sum::<usize>() > 50);
}
