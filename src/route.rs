//! Screens as links: the part of the address after `#`, so any static host can serve them.

use crate::model::{Id, Step};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Step {
        partnership: Id,
        step: Step,
    },
    /// A template handed over as a link, carried in the address itself.
    Template {
        payload: String,
    },
}

impl Route {
    /// Reads a location hash such as `#/p/abc/continuum`; anything unknown goes home.
    pub fn parse(hash: &str) -> Route {
        if let Some(payload) = hash.strip_prefix(crate::format::link::LINK_PREFIX) {
            return Route::Template {
                payload: payload.to_string(),
            };
        }
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match parts.as_slice() {
            ["p", id] => Route::Step {
                partnership: Id::new(*id),
                step: Step::Agreement,
            },
            ["p", id, slug] => match Step::from_slug(slug) {
                Some(step) => Route::Step {
                    partnership: Id::new(*id),
                    step,
                },
                None => Route::Home,
            },
            _ => Route::Home,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Step { partnership, step } => format!("#/p/{partnership}/{}", step.slug()),
            Route::Template { payload } => format!("{}{payload}", crate::format::link::LINK_PREFIX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_reads_back_from_its_own_link() {
        let routes = Step::ALL.map(|step| Route::Step {
            partnership: Id::new("p-3f9a"),
            step,
        });
        let link = Route::Template {
            payload: "eJy7".to_string(),
        };
        for route in routes.iter().chain([&Route::Home, &link]) {
            assert_eq!(&Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn unknown_or_empty_links_land_on_home() {
        for hash in [
            "",
            "#",
            "#/",
            "#/nowhere",
            "#/p/x/unknown",
            "#/p/x/plan/extra",
        ] {
            assert_eq!(Route::parse(hash), Route::Home, "{hash}");
        }
        assert_eq!(
            Route::parse("#/p/x"),
            Route::Step {
                partnership: Id::new("x"),
                step: Step::Agreement
            }
        );
    }
}
