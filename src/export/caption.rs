//! The caption under an exported map, so that a picture explains itself: the dataset's title, the
//! date of its data, "Geneva Data Map" and the page's address, then the legend (each topic
//! category's colour and each organisation type's shape, with counts). Laid out here once, as
//! marks in CSS pixels; the SVG writes them ([`Caption::svg`]) and the PNG draws the same marks.

use std::fmt::Write as _;

use super::xml;
use crate::i18n::{data_as_of, t, Key, Lang};
use crate::legend::{Entry, Legend};
use crate::look::{font_weight, Palette, Shape, OUTLINE_WIDTH};
use crate::model::Dataset;
use crate::num::{Fixed, Num};
use crate::scene::text_width;

/// The name of the app, written on every exported picture.
pub const APP_NAME: &str = "Geneva Data Map";

/// The margin around the caption, in CSS pixels.
const PAD: f64 = 14.0;
/// The title's font size.
const TITLE_PX: f64 = 15.0;
/// The font size of the rest.
const TEXT_PX: f64 = 11.5;
/// A key's radius.
const KEY_R: f64 = 5.0;

/// One thing the caption draws, in CSS pixels from the caption's top left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Text, left-aligned at `x`, its vertical middle at `y`.
    Text {
        /// Left edge.
        x: f64,
        /// Vertical middle.
        y: f64,
        /// The text.
        text: String,
        /// Font size.
        size: f64,
        /// Bold (the title, the headings).
        bold: bool,
        /// In the palette's muted colour (else its label colour).
        muted: bool,
    },
    /// A legend key: `shape` centred at `(x, y)`, radius `r`, in `fill`.
    Key {
        /// Centre.
        x: f64,
        /// Centre.
        y: f64,
        /// Radius.
        r: f64,
        /// Its shape.
        shape: Shape,
        /// Its fill.
        fill: String,
    },
}

/// The caption: its height and its marks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Caption {
    /// How tall it is, in CSS pixels.
    pub height: f64,
    /// What it draws.
    pub marks: Vec<Mark>,
}

/// The caption of `ds` in `lang` under a map `width` CSS pixels wide, with the page's `address`,
/// its keys in `pal`'s fills.
pub fn caption(ds: &Dataset, lang: Lang, address: &str, width: f64, pal: &Palette) -> Caption {
    let meta = ds.meta.as_ref();
    let title = meta.and_then(|m| m.title.as_ref()).map_or(APP_NAME, |t| t.get(lang.code()));
    let mut c = Caption::default();
    let mut y = PAD;
    c.line(&mut y, title, TITLE_PX, true, false);
    let dated = meta.and_then(|m| data_as_of(lang, m.updated.as_deref(), m.version.as_deref()));
    c.line(&mut y, &dated.map_or_else(|| APP_NAME.to_owned(), |d| d + " · " + APP_NAME), TEXT_PX, false, true);
    c.line(&mut y, address, TEXT_PX, false, true);
    let legend = Legend::of(ds);
    for (heading, entries) in [(Key::Categories, &legend.categories), (Key::OrgTypes, &legend.types)] {
        if !entries.is_empty() {
            y += 4.0;
            c.line(&mut y, t(lang, heading), TEXT_PX, true, false);
            c.entries(&mut y, entries, lang, width, pal);
        }
    }
    c.height = (y + PAD - 4.0).ceil();
    c
}

impl Caption {
    /// A line of text at `y`, which moves to the next line.
    fn line(&mut self, y: &mut f64, text: &str, size: f64, bold: bool, muted: bool) {
        let h = size * 1.45;
        self.marks.push(Mark::Text { x: PAD, y: *y + h / 2.0, text: text.to_owned(), size, bold, muted });
        *y += h;
    }

    /// The entries of a legend group, side by side and wrapped at `width`, from `y`.
    fn entries(&mut self, y: &mut f64, entries: &[Entry], lang: Lang, width: f64, pal: &Palette) {
        let h = TEXT_PX * 1.6;
        let mut x = PAD;
        for e in entries {
            let text = format!("{} ({})", e.name.get(lang.code()), e.count);
            let w = 2.0 * KEY_R + 6.0 + text_width(&text, TEXT_PX, false);
            if x > PAD && x + w > width - PAD {
                x = PAD;
                *y += h;
            }
            let mid = *y + h / 2.0;
            self.marks.push(Mark::Key { x: x + KEY_R, y: mid, r: KEY_R, shape: e.shape, fill: e.fill(pal) });
            let x_text = x + 2.0 * KEY_R + 6.0;
            self.marks.push(Mark::Text { x: x_text, y: mid, text, size: TEXT_PX, bold: false, muted: false });
            x += w + 16.0;
        }
        *y += h;
    }

    /// The caption as an SVG group placed `top` CSS pixels down, in `pal`'s colours.
    pub fn svg(&self, top: f64, width: f64, pal: &Palette) -> String {
        let mut out = format!(
            "<g class=\"legend\" transform=\"translate(0 {})\">\n<line x1=\"0\" y1=\"0.5\" x2=\"{}\" y2=\"0.5\" stroke=\"{}\" stroke-width=\"1\"/>\n",
            Num(top),
            Num(width),
            pal.edge
        );
        for m in &self.marks {
            match m {
                Mark::Text { x, y, text, size, bold, muted } => {
                    let _ = writeln!(
                        out,
                        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"{}\" fill=\"{}\" dominant-baseline=\"middle\">{}</text>",
                        Fixed(*x, 1),
                        Fixed(*y, 1),
                        Num(*size),
                        font_weight(*bold),
                        if *muted { pal.muted } else { pal.label },
                        xml(text)
                    );
                }
                Mark::Key { x, y, r, shape, fill } => {
                    let _ = writeln!(
                        out,
                        "{} fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>",
                        shape.svg(*x, *y, *r),
                        xml(fill),
                        pal.background,
                        Num(OUTLINE_WIDTH)
                    );
                }
            }
        }
        out.push_str("</g>\n");
        out
    }
}
