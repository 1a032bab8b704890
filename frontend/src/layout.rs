//! How much of a result to show: all of it on the site, less when a host page embeds the
//! checker and asks to hide some sections (`/embed?hide=table,advice,share`).

use ringcheck_shared::routes::ClientRoute;

use crate::browser;

/// Read from the page's own address: the site's pages show everything.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Layout {
    /// Inside another site's frame: links to the full site open in a new tab.
    pub embedded: bool,
    pub hide_table: bool,
    pub hide_advice: bool,
    pub hide_share: bool,
}

impl Layout {
    /// The layout of this page: embedded on `/embed`, with its `hide` query value.
    /// Read from the address rather than passed down, as it never changes while the page
    /// is open (and Yew's context machinery would cost kilobytes of Wasm).
    pub fn current() -> Self {
        if ClientRoute::parse(&browser::current_path()) == Some(ClientRoute::Embed) {
            Self::embedded(&browser::query_value("hide").unwrap_or_default())
        } else {
            Self::default()
        }
    }

    /// The embedded layout from the `hide` query value, e.g. `table,advice`.
    fn embedded(hide: &str) -> Self {
        let hides = |section: &str| hide.split(',').any(|s| s.trim() == section);
        Self {
            embedded: true,
            hide_table: hides("table"),
            hide_advice: hides("advice"),
            hide_share: hides("share"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hide_list_hides_the_sections_it_names_and_nothing_else() {
        let layout = Layout::embedded("table, share,unknown");
        assert!(layout.embedded);
        assert!(layout.hide_table && layout.hide_share);
        assert!(!layout.hide_advice);
        assert_eq!(
            Layout::embedded(""),
            Layout {
                embedded: true,
                ..Layout::default()
            }
        );
        assert!(
            !Layout::default().embedded,
            "the site's own pages show everything"
        );
    }
}
