//! Section banners in the style of terraform-aws-modules:
//!
//! ```text
//! ################################################################################
//! # Network
//! ################################################################################
//! ```
//!
//! A variable belongs to the area named by the last banner above it, which is how
//! the web form groups its fields without a second list of them.

/// The banners of a text: (byte offset of the title line, title), in order.
pub fn banners(text: &str, line_starts: &[usize]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let lines: Vec<(usize, &str)> = line_starts
        .iter()
        .enumerate()
        .map(|(i, &at)| {
            let end = line_starts.get(i + 1).map_or(text.len(), |&e| e);
            (at, text[at..end].trim_end())
        })
        .collect();
    let is_rule = |l: &str| l.len() >= 8 && l.bytes().all(|b| b == b'#');
    for w in lines.windows(3) {
        let [(_, above), (at, title), (_, below)] = w else {
            continue;
        };
        if is_rule(above) && is_rule(below) {
            if let Some(t) = title.strip_prefix('#') {
                let t = t.trim();
                if !t.is_empty() && !t.starts_with('#') {
                    out.push((*at, t.to_string()));
                }
            }
        }
    }
    out
}

/// The title of the last banner before `offset`.
pub fn group_at(banners: &[(usize, String)], offset: usize) -> Option<String> {
    banners
        .iter()
        .take_while(|(at, _)| *at < offset)
        .last()
        .map(|(_, t)| t.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_banner_titles() {
        let text = "####################\n# Network\n####################\n\nvariable \"a\" {}\n####################\n# Tags\n####################\nvariable \"b\" {}\n";
        let b = banners(text, &crate::source::line_starts(text));
        assert_eq!(b.len(), 2);
        assert_eq!(
            group_at(&b, text.find("variable \"a\"").unwrap()).as_deref(),
            Some("Network")
        );
        assert_eq!(
            group_at(&b, text.find("variable \"b\"").unwrap()).as_deref(),
            Some("Tags")
        );
        assert_eq!(group_at(&b, 0), None);
    }
}
