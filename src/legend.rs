//! The legend of a dataset: one entry per topic category (drawn in its colour) and one per
//! organisation type (drawn in its shape), in the dataset's order, each with how many topics or
//! organisations it has. The sidebar shows it and the exported pictures draw it, both from here;
//! an entry's nodes ([`Group::members`]) are what the map highlights while the entry is hovered.

use crate::graph::FALLBACK_COLOR;
use crate::look::{category_fill, Palette, Shape};
use crate::model::{Dataset, Localized};

/// What a legend entry stands for: a topic category or an organisation type, by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Group {
    /// A topic category.
    Category(String),
    /// An organisation type.
    Type(String),
}

impl Group {
    /// The category's or type's id.
    pub fn id(&self) -> &str {
        match self {
            Group::Category(id) | Group::Type(id) => id,
        }
    }

    /// The ids of its nodes: the category's topics or the type's organisations, in file order.
    ///
    /// ```
    /// # let ds: datamap::model::Dataset = serde_json::from_str(include_str!("../tests/fixtures/small.json")).unwrap();
    /// use datamap::legend::Group;
    /// assert_eq!(Group::Type("humanitarian".into()).members(&ds), ["icrc"]);
    /// ```
    pub fn members(&self, ds: &Dataset) -> Vec<String> {
        match self {
            Group::Category(id) => ds
                .topics
                .iter()
                .filter(|t| t.category.as_ref().is_some_and(|c| c.as_str() == id))
                .map(|t| t.id.0.clone())
                .collect(),
            Group::Type(id) => ds
                .organisations
                .iter()
                .filter(|o| o.org_type.as_ref().is_some_and(|c| c.as_str() == id))
                .map(|o| o.id.0.clone())
                .collect(),
        }
    }
}

/// One entry of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The category or type.
    pub group: Group,
    /// Its name.
    pub name: Localized,
    /// How many topics (a category) or organisations (a type) it has.
    pub count: usize,
    /// The shape of its nodes.
    pub shape: Shape,
    /// The dataset's colour of a category; `None` for a type (organisations share one fill).
    pub colour: Option<String>,
}

impl Entry {
    /// The fill of its nodes in `pal`, as the map draws them.
    pub fn fill(&self, pal: &Palette) -> String {
        match &self.colour {
            Some(c) => category_fill(c, pal),
            None => pal.org_fill.to_owned(),
        }
    }
}

/// The legend: categories, then organisation types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Legend {
    /// The topic categories (colour is the channel).
    pub categories: Vec<Entry>,
    /// The organisation types (shape is the channel).
    pub types: Vec<Entry>,
}

impl Legend {
    /// The legend of `ds`.
    pub fn of(ds: &Dataset) -> Legend {
        let categories = ds
            .categories
            .iter()
            .flatten()
            .map(|c| Entry {
                group: Group::Category(c.id.0.clone()),
                name: c.name.clone(),
                count: ds.topics.iter().filter(|t| t.category.as_ref() == Some(&c.id)).count(),
                shape: Shape::Circle,
                colour: Some(c.color.clone().unwrap_or_else(|| FALLBACK_COLOR.to_owned())),
            })
            .collect();
        let types = ds
            .org_types
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, ty)| Entry {
                group: Group::Type(ty.id.0.clone()),
                name: ty.name.clone(),
                count: ds.organisations.iter().filter(|o| o.org_type.as_ref() == Some(&ty.id)).count(),
                shape: Shape::of_type(i),
                colour: None,
            })
            .collect();
        Legend { categories, types }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::look::{DARK, LIGHT};

    #[test]
    fn the_legend_counts_and_keys_every_category_and_type_in_order() {
        let ds: Dataset = serde_json::from_str(include_str!("../tests/fixtures/small.json")).expect("small.json");
        let legend = Legend::of(&ds);
        let ids: Vec<&str> = legend.types.iter().map(|e| e.group.id()).collect();
        assert_eq!(ids, ["un", "humanitarian"]);
        assert_eq!(legend.types[0].shape, Shape::Square);
        assert_eq!(legend.types[1].shape, Shape::TriangleUp);
        assert_eq!(legend.types[0].fill(&DARK), DARK.org_fill);
        let topics: usize = legend.categories.iter().map(|e| e.count).sum();
        assert!(topics <= ds.topics.len() && topics > 0);
        assert!(legend.categories.iter().all(|e| e.shape == Shape::Circle));
        assert_eq!(legend.categories[0].fill(&LIGHT), "#2f6db5");
        let orgs: usize = legend.types.iter().map(|e| e.count).sum();
        assert_eq!(orgs, ds.organisations.iter().filter(|o| o.org_type.is_some()).count());
        for e in legend.categories.iter().chain(&legend.types) {
            assert_eq!(e.group.members(&ds).len(), e.count, "{:?}", e.group);
        }
    }
}
