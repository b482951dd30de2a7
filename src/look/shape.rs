//! The shapes of nodes: topics are circles; organisations take one shape per organisation type
//! (square, triangle, diamond...), so that type is read from the shape and never from a hue that
//! a topic category also uses. Each shape is a polygon at unit size, scaled by a node's radius;
//! the canvas and the SVG export both draw these vertices, so they cannot disagree.

use crate::num::Fixed;

/// The outline of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A circle: topics, and organisations without a type.
    Circle,
    /// A square standing on a side.
    Square,
    /// A triangle pointing up.
    TriangleUp,
    /// A square standing on a corner.
    Diamond,
    /// A triangle pointing down.
    TriangleDown,
    /// A five-pointed star.
    Star,
    /// A plus sign.
    Cross,
    /// A hexagon standing on a corner.
    Hexagon,
    /// A pentagon standing on a side.
    Pentagon,
}

/// The shapes of organisation types, by the type's place in the dataset's `org_types`; a ninth
/// type takes the first shape again. The most distinct come first, for the first types.
pub const ORG_SHAPES: [Shape; 8] = [
    Shape::Square,
    Shape::TriangleUp,
    Shape::Diamond,
    Shape::TriangleDown,
    Shape::Star,
    Shape::Cross,
    Shape::Hexagon,
    Shape::Pentagon,
];

// Vertices at unit radius, clockwise on screen (y down) from the top. Sizes are chosen so that
// each shape covers about the area of the unit circle (85% to 106%): no type looks heavier.
const SQUARE: [[f64; 2]; 4] = [[-0.8485, -0.8485], [0.8485, -0.8485], [0.8485, 0.8485], [-0.8485, 0.8485]];
const TRIANGLE_UP: [[f64; 2]; 3] = [[0.0, -1.45], [1.2557, 0.725], [-1.2557, 0.725]];
const DIAMOND: [[f64; 2]; 4] = [[0.0, -1.25], [1.25, 0.0], [0.0, 1.25], [-1.25, 0.0]];
const TRIANGLE_DOWN: [[f64; 2]; 3] = [[0.0, 1.45], [-1.2557, -0.725], [1.2557, -0.725]];
const STAR: [[f64; 2]; 10] = [
    [0.0, -1.45],
    [0.3644, -0.5016],
    [1.379, -0.4481],
    [0.5897, 0.1916],
    [0.8523, 1.1731],
    [0.0, 0.62],
    [-0.8523, 1.1731],
    [-0.5897, 0.1916],
    [-1.379, -0.4481],
    [-0.3644, -0.5016],
];
const CROSS: [[f64; 2]; 12] = [
    [-0.42, -1.2],
    [0.42, -1.2],
    [0.42, -0.42],
    [1.2, -0.42],
    [1.2, 0.42],
    [0.42, 0.42],
    [0.42, 1.2],
    [-0.42, 1.2],
    [-0.42, 0.42],
    [-1.2, 0.42],
    [-1.2, -0.42],
    [-0.42, -0.42],
];
const HEXAGON: [[f64; 2]; 6] =
    [[0.0, -1.1], [0.9526, -0.55], [0.9526, 0.55], [0.0, 1.1], [-0.9526, 0.55], [-0.9526, -0.55]];
const PENTAGON: [[f64; 2]; 5] =
    [[0.0, -1.15], [1.0937, -0.3554], [0.676, 0.9304], [-0.676, 0.9304], [-1.0937, -0.3554]];

impl Shape {
    /// The shape of the organisation type at `index` in the dataset's `org_types`.
    ///
    /// ```
    /// use datamap::look::Shape;
    /// assert_eq!(Shape::of_type(0), Shape::Square);
    /// assert_eq!(Shape::of_type(8), Shape::Square);
    /// ```
    pub fn of_type(index: usize) -> Shape {
        ORG_SHAPES[index % ORG_SHAPES.len()]
    }

    /// The vertices at unit radius; none for a circle.
    pub fn unit(self) -> &'static [[f64; 2]] {
        match self {
            Shape::Circle => &[],
            Shape::Square => &SQUARE,
            Shape::TriangleUp => &TRIANGLE_UP,
            Shape::Diamond => &DIAMOND,
            Shape::TriangleDown => &TRIANGLE_DOWN,
            Shape::Star => &STAR,
            Shape::Cross => &CROSS,
            Shape::Hexagon => &HEXAGON,
            Shape::Pentagon => &PENTAGON,
        }
    }

    /// How far the shape reaches from its centre, in radii (1 for a circle): rings go round it.
    pub fn extent(self) -> f64 {
        self.unit().iter().map(|[x, y]| x.hypot(*y)).fold(1.0, f64::max)
    }

    /// The vertices of the shape centred at `(x, y)` with radius `r`; none for a circle.
    pub fn points(self, x: f64, y: f64, r: f64) -> impl Iterator<Item = [f64; 2]> {
        self.unit().iter().map(move |[u, v]| [x + u * r, y + v * r])
    }

    /// The SVG element that draws the shape: `circle` or `polygon`.
    pub fn svg_tag(self) -> &'static str {
        if self == Shape::Circle {
            "circle"
        } else {
            "polygon"
        }
    }

    /// The shape as one SVG element (without its closing `/>`, so attributes can follow): a
    /// `<circle` or a `<polygon` with its points to one decimal.
    ///
    /// ```
    /// use datamap::look::Shape;
    /// assert_eq!(Shape::Circle.svg(8.0, 8.0, 6.0), "<circle cx=\"8.0\" cy=\"8.0\" r=\"6.0\"");
    /// assert_eq!(Shape::Diamond.svg(0.0, 0.0, 2.0), "<polygon points=\"0.0,-2.5 2.5,0.0 0.0,2.5 -2.5,0.0\"");
    /// ```
    pub fn svg(self, x: f64, y: f64, r: f64) -> String {
        if self == Shape::Circle {
            return format!("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"", Fixed(x, 1), Fixed(y, 1), Fixed(r, 1));
        }
        let points: Vec<String> = self.points(x, y, r).map(|[a, b]| format!("{},{}", one(a), one(b))).collect();
        format!("<polygon points=\"{}\"", points.join(" "))
    }
}

/// A number to one decimal, without a minus sign on zero.
fn one(v: f64) -> String {
    let s = Fixed(v, 1).to_string();
    if s == "-0.0" {
        "0.0".to_owned()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(shape: Shape) -> f64 {
        let p = shape.unit();
        let twice: f64 =
            (0..p.len()).map(|i| p[i][0] * p[(i + 1) % p.len()][1] - p[(i + 1) % p.len()][0] * p[i][1]).sum();
        twice / 2.0
    }

    #[test]
    fn every_organisation_shape_is_distinct_clockwise_and_about_a_circle_in_area() {
        for (i, s) in ORG_SHAPES.iter().enumerate() {
            assert!(!ORG_SHAPES[..i].contains(s) && *s != Shape::Circle, "{s:?}");
            // Clockwise on screen (y down) is a positive signed area.
            let ratio = area(*s) / std::f64::consts::PI;
            assert!((0.8..=1.1).contains(&ratio), "{s:?}: {ratio}");
            assert!((1.0..1.5).contains(&s.extent()), "{s:?}");
        }
        assert_eq!(Shape::Circle.extent(), 1.0);
    }

    #[test]
    fn points_are_the_unit_shape_scaled_and_moved() {
        let p: Vec<[f64; 2]> = Shape::Square.points(10.0, 20.0, 2.0).collect();
        assert_eq!(p[0], [10.0 - 2.0 * 0.8485, 20.0 - 2.0 * 0.8485]);
        assert_eq!(Shape::Circle.points(1.0, 1.0, 1.0).count(), 0);
    }
}
