//! The context of one validation run: what it may still spend on "did you mean" suggestions,
//! and the message for an id that names nothing, with those suggestions.

use super::{shown, MAX_SUGGESTIONS};
use crate::diagnostic::Diagnostic;
use crate::suggest::{closest, or_list};

/// What one call of [`super::validate`] carries through its checks; a fresh one per run.
#[derive(Debug)]
pub(super) struct Ctx {
    /// How many more suggestions this run computes (each compares with every known id).
    suggestions_left: usize,
}

impl Ctx {
    /// A context with the whole suggestion budget ([`MAX_SUGGESTIONS`]).
    pub(super) fn new() -> Self {
        Self { suggestions_left: MAX_SUGGESTIONS }
    }

    /// The closest known ids to `id`, while the suggestion budget of this run lasts.
    fn suggest<'a, I: IntoIterator<Item = &'a str>>(&mut self, id: &str, known: impl FnOnce() -> I) -> Vec<&'a str> {
        match self.suggestions_left {
            0 => Vec::new(),
            n => {
                self.suggestions_left = n - 1;
                closest(id, known())
            }
        }
    }

    /// The error for a reference to `id` that names no `what`, suggesting the closest of the
    /// `known` ids (while the budget lasts) or else pointing at the `list` that should hold it.
    pub(super) fn unknown<'a, I: IntoIterator<Item = &'a str>>(
        &mut self,
        path: String,
        id: &str,
        what: &str,
        known: impl FnOnce() -> I,
        list: &str,
    ) -> Diagnostic {
        let near = self.suggest(id, known);
        let fix = if near.is_empty() {
            format!("use the id of one of the {list}, or add \"{id}\" there")
        } else {
            format!("did you mean {}?", or_list(&near))
        };
        Diagnostic::error(path, format!("there is no {what} with the id \"{}\"", shown(id))).with_fix(fix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_stop_when_the_budget_is_spent() {
        let mut ctx = Ctx::new();
        for _ in 0..MAX_SUGGESTIONS {
            assert_eq!(ctx.suggest("topc", || ["topic"]), vec!["topic"]);
        }
        assert!(ctx.suggest("topc", || ["topic"]).is_empty());
    }

    #[test]
    fn a_fresh_context_has_the_whole_budget_again() {
        let mut spent = Ctx::new();
        for _ in 0..=MAX_SUGGESTIONS {
            spent.suggest("topc", || ["topic"]);
        }
        assert_eq!(Ctx::new().suggest("topc", || ["topic"]), vec!["topic"]);
    }
}
