//! The curators' preview of a local file, its state and its moves: a dropped or chosen file is
//! refused before reading when it is not one JSON file within the limit
//! ([`crate::preview::decide`]), else read in the browser and checked by the checker's own code
//! ([`crate::load::load`]); a valid dataset takes the published one's place on the page (which is
//! kept, to go back to and to compare with), an invalid one leaves the page as it was and says
//! why. Nothing is stored: a reload shows the published dataset again.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::File;

use crate::components::app::{AppError, LoadOutcome};
use crate::components::state::AppState;
use crate::load::Loaded;
use crate::preview::{changes, decide, kept, Changes, FileFacts, Refusal};
use crate::web::file_read::read;

/// What went wrong with the last file dropped or chosen; the page shows what it showed before.
#[derive(Debug, Clone)]
pub enum Problem {
    /// Not read: why.
    Refused(Refusal),
    /// Read, but not a valid dataset: the file's name and its diagnostics.
    Invalid(String, Arc<AppError>),
}

/// The preview's state.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    /// The name of the file previewed, while one is.
    pub file: Option<String>,
    /// The published dataset, kept while a file is previewed (`None` while it loads, or when it
    /// could not be loaded).
    pub published: Option<Arc<Loaded>>,
    /// What went wrong with the last file, until the next one or until dismissed.
    pub problem: Option<Problem>,
    /// While a file is previewed and the published dataset is known: how their nodes and links
    /// differ.
    pub changes: Option<Arc<Changes>>,
}

/// The preview, shared by the app shell, the explorer and the preview's note. One stored value
/// and a trigger rather than a signal per part, for the wasm's size (each signal type costs its
/// own copy of the reactive code).
#[derive(Debug, Clone, Copy)]
pub struct PreviewState {
    /// The dataset the page shows (the app's).
    outcome: RwSignal<Option<LoadOutcome>>,
    /// The preview's state.
    data: StoredValue<Preview>,
    /// Notified whenever `data` changes.
    changed: Trigger,
    /// Whether the changes from the published dataset are shown (apart: the note's disclosure
    /// opens and closes by itself, and only the map follows it).
    pub show_changes: RwSignal<bool>,
}

impl PreviewState {
    /// The preview of the app whose dataset is `outcome`.
    pub fn new(outcome: RwSignal<Option<LoadOutcome>>) -> PreviewState {
        let data = StoredValue::new(Preview::default());
        PreviewState { outcome, data, changed: Trigger::new(), show_changes: RwSignal::new(false) }
    }

    /// Reads the preview's state (tracked).
    pub fn with<T>(&self, f: impl FnOnce(&Preview) -> T) -> T {
        self.changed.track();
        self.data.with_value(f)
    }

    /// Changes the preview's state, and tells whoever reads it.
    pub fn update(&self, f: impl FnOnce(&mut Preview)) {
        self.data.update_value(f);
        self.changed.notify();
    }

    /// The dataset the page shows, when it has one (tracked).
    pub fn shown(&self) -> Option<Arc<Loaded>> {
        self.outcome.get()?.ok()
    }

    /// The nodes the map marks while the changes are shown: those added and both ends of every
    /// link added, by id (tracked).
    pub fn marks(&self) -> Option<Vec<String>> {
        self.show_changes.get().then_some(())?;
        let marked = self.with(|p| p.changes.as_ref().map(|c| c.marked()))?;
        (!marked.is_empty()).then_some(marked)
    }

    /// Opens the files of a drop or a choice: one JSON file within the limit is read and shown;
    /// anything else is refused at once, before reading.
    pub fn open(self, app: AppState, files: Vec<(File, FileFacts)>) {
        let facts: Vec<FileFacts> = files.iter().map(|(_, f)| f.clone()).collect();
        if let Err(refusal) = decide(&facts) {
            return self.update(|p| p.problem = Some(Problem::Refused(refusal)));
        }
        let Some((file, facts)) = files.into_iter().next() else { return };
        spawn_local(async move {
            match read(&file).await {
                Ok(bytes) => self.show(app, facts.name, &bytes).await,
                Err(said) => self.update(|p| p.problem = Some(Problem::Refused(Refusal::Unreadable(facts.name, said)))),
            }
        });
    }

    /// Shows the dataset in `bytes`, read from the file `name`, or says why it cannot.
    async fn show(self, app: AppState, name: String, bytes: &[u8]) {
        let loaded = match crate::components::app::read(bytes).await {
            Ok(loaded) => Arc::new(loaded),
            Err(e) => return self.update(|p| p.problem = Some(Problem::Invalid(name, Arc::new(AppError::Invalid(e))))),
        };
        let shown = self.outcome.get_untracked().and_then(Result::ok);
        self.update(|p| {
            if p.file.is_none() {
                p.published = shown;
            }
            p.problem = None;
            p.changes = compared(p.published.as_ref(), &loaded);
            p.file = Some(name);
        });
        self.replace(app, loaded);
    }

    /// Goes back to the published dataset: the one kept, else fetched again by `reload`.
    pub fn back(self, app: AppState, reload: Option<Callback<()>>) {
        let published = self.data.with_value(|p| p.published.clone());
        self.update(|p| *p = Preview::default());
        self.show_changes.set(false);
        match (published, reload) {
            (Some(published), _) => self.replace(app, published),
            (None, Some(reload)) => reload.run(()),
            (None, None) => {}
        }
    }

    /// The page's own load of the published dataset ended: while a file is previewed, it is kept
    /// for later (`true`) instead of shown, and compared with the file.
    pub fn arrived(self, outcome: &LoadOutcome) -> bool {
        if self.data.with_value(|p| p.file.is_none()) {
            return false;
        }
        let (shown, published) = (self.outcome.get_untracked().and_then(Result::ok), outcome.clone().ok());
        self.update(|p| p.published = published.clone());
        // The comparison's code is in the preview's chunk (see `src/web/lazy.rs`).
        spawn_local(async move {
            if let Ok(changes) = compare_later(published, shown).await {
                self.update(|p| p.changes = changes);
            }
        });
        true
    }

    /// Shows `loaded`, keeping the selection (and the camera) when its node is still there.
    fn replace(self, app: AppState, loaded: Arc<Loaded>) {
        if app.selection.get_untracked().is_some_and(|s| !kept(&s, &loaded.dataset)) {
            app.selection.set(None);
        }
        self.outcome.set(Some(Ok(loaded)));
    }
}

/// How `shown` differs from `published`, when the published one is known.
fn compared(published: Option<&Arc<Loaded>>, shown: &Loaded) -> Option<Arc<Changes>> {
    Some(Arc::new(changes(&published?.dataset, &shown.dataset)))
}

/// The nodes the map marks for the app's preview, if it has one (see [`PreviewState::marks`]).
pub fn marks() -> impl Fn() -> Option<Vec<String>> + Copy + Send + Sync + 'static {
    let preview = use_context::<PreviewState>();
    move || preview?.marks()
}

/// Opens the files of a drop or a choice ([`PreviewState::open`]), whose code is in a chunk of
/// its own (see `src/web/lazy.rs`).
pub fn open_later(preview: PreviewState, app: AppState, files: Vec<(File, FileFacts)>) {
    spawn_local(async move {
        if open_files(preview, app, files).await.is_err() {
            crate::web::lazy::failed("the preview");
        }
    });
}

crate::lazy! { preview, preload_open;
    /// [`PreviewState::open`].
    fn open_files(preview: PreviewState, app: AppState, files: Vec<(File, FileFacts)>) -> () {
        preview.open(app, files)
    }
}

crate::lazy! { preview, preload_compared;
    /// How `shown` differs from `published`, when both are known.
    fn compare_later(published: Option<Arc<Loaded>>, shown: Option<Arc<Loaded>>) -> Option<Arc<Changes>> {
        shown.and_then(|s| compared(published.as_ref(), &s))
    }
}
