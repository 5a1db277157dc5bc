//! How spellings of one person's name are told apart from different people: a folded key that
//! ignores case, middle initials and the usual transliteration variants of Slavic names
//! (`Zelensky` / `Zelenskyy` / `Zelenskiy`, `Sergei` / `Sergey`, `Yuri` / `Yurii`,
//! `Umerov` / `Umierov`). Extraction merges an article's spellings by it, and the knowledge base
//! merges people across articles by it.

/// Shortest folded word whose final `i` is taken as a transliterated `y` (`Yuri`, not `Li`).
const MIN_FOLD_LEN: usize = 4;

/// One name word folded: lower case, trailing dots and possessives gone, `iy`/`yy`/`ii`/`yi`/`i`
/// at the end of a word of [`MIN_FOLD_LEN`] letters or more as `y`, and `ie` inside as `e`.
fn fold_word(w: &str) -> String {
    let w = w
        .trim_end_matches(['.', ','])
        .trim_end_matches("’s")
        .trim_end_matches("'s");
    let mut s = w.to_lowercase().replace('’', "'");
    for (from, to) in [("iy", "y"), ("yy", "y"), ("ii", "y"), ("yi", "y")] {
        if s.ends_with(from) && s.chars().count() >= MIN_FOLD_LEN {
            s.truncate(s.len() - from.len());
            s.push_str(to);
        }
    }
    if s.ends_with('i') && s.chars().count() >= MIN_FOLD_LEN {
        s.pop();
        s.push('y');
    }
    s.replace("ie", "e")
}

/// The key two spellings of one person's name share: folded words without single-letter
/// initials, in alphabetical order (`Volodymyr O. Zelenskyy` → `volodymyr zelensky`).
pub fn name_key(name: &str) -> String {
    let mut words: Vec<String> = name
        .split_whitespace()
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .map(fold_word)
        .collect();
    if words.is_empty() {
        return name.to_lowercase();
    }
    // In either order: copy that gives the family name first in one place and last in another
    // (`Kahiga Mutahi`, `Mutahi Kahiga`) names one person.
    words.sort_unstable();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_either_order_has_one_key() {
        assert_eq!(name_key("Mutahi Kahiga"), name_key("Kahiga Mutahi"));
        assert_ne!(name_key("Mutahi Kahiga"), name_key("Mutahi Kamau"));
    }

    #[test]
    fn variants_share_a_key() {
        let k = name_key("Volodymyr Zelensky");
        for v in [
            "Volodymyr Zelenskyy",
            "Volodymyr Zelenskiy",
            "Volodymyr Zelenskyi",
            "Volodymyr O. Zelensky",
        ] {
            assert_eq!(name_key(v), k, "{v}");
        }
        assert_eq!(name_key("Sergei Lavrov"), name_key("Sergey Lavrov"));
        assert_eq!(name_key("Yurii Ushakov"), name_key("Yuri Ushakov"));
        assert_eq!(name_key("Rustem Umierov"), name_key("Rustem Umerov"));
        assert_ne!(name_key("Donald Trump"), name_key("Donald Tusk"));
        assert_ne!(name_key("Wang Yi"), name_key("Wang Y"));
        assert_ne!(name_key("Lin Li"), name_key("Lin Ly").replace('y', "x"));
    }
}
