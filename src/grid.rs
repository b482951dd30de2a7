//! A uniform grid of square cells with the items of each cell stored contiguously (a CSR layout:
//! one array of cell starts, one of items), shared by the spatial index for picking and culling
//! ([`crate::spatial`]) and by the layout's collision grid.
//!
//! The grid is the mechanism only: each user chooses its own bounds and cell size (few nodes per
//! cell for picking; cells at least two radii wide, and at most about `4n` of them, for collision).
//! A point outside the grid belongs to the nearest edge cell, so callers can ask about any point.

/// Where the cells lie: the corner of cell `(0, 0)`, the side of a cell, and how many columns
/// and rows there are.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Frame {
    /// The smallest `x` and `y` of cell `(0, 0)`.
    pub origin: [f64; 2],
    /// The side of a cell (positive).
    pub cell: f64,
    /// Columns (at least 1 for [`Frame::col`] to be used).
    pub cols: usize,
    /// Rows (at least 1 for [`Frame::row`] to be used).
    pub rows: usize,
}

impl Frame {
    /// Cells of side `cell` (positive) from `origin`, as many as cover a `size` (width, height)
    /// starting there: `size / cell + 1` (rounded down) each way.
    ///
    /// ```
    /// let f = datamap::grid::Frame::covering([0.0, 0.0], [10.0, 4.0], 3.0);
    /// assert_eq!((f.cols, f.rows), (4, 2));
    /// assert_eq!((f.col(-5.0), f.col(7.5), f.row(1e9), f.row(f64::NAN)), (0, 2, 1, 0));
    /// ```
    pub fn covering(origin: [f64; 2], size: [f64; 2], cell: f64) -> Frame {
        let across = |length: f64| (length / cell) as usize + 1;
        Frame { origin, cell, cols: across(size[0]), rows: across(size[1]) }
    }

    /// The column of `x`: clamped to the grid, 0 for NaN.
    #[inline]
    pub fn col(&self, x: f64) -> usize {
        // `as usize` rounds towards zero and saturates (negative and NaN give 0), which for the
        // non-negative quotients that matter is rounding down.
        (((x - self.origin[0]) / self.cell) as usize).min(self.cols - 1)
    }

    /// The row of `y`: clamped to the grid, 0 for NaN.
    #[inline]
    pub fn row(&self, y: f64) -> usize {
        (((y - self.origin[1]) / self.cell) as usize).min(self.rows - 1)
    }

    /// How many cells there are.
    pub fn len(&self) -> usize {
        self.cols * self.rows
    }

    /// Whether there are no cells.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index of the cell at `col`, `row`, rows one after the other.
    #[inline]
    pub fn index(&self, col: usize, row: usize) -> usize {
        row * self.cols + col
    }
}

/// Item indices bucketed by cell: cell `c` holds `items[starts[c]..starts[c + 1]]`, in increasing
/// order. The buffers are reused from one [`Buckets::fill`] to the next.
#[derive(Debug, Clone, Default)]
pub struct Buckets {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Buckets {
    /// Refills the buckets of the cells of `frame` with items `0..n`: item `i` goes in every cell
    /// of columns `s[0]..=s[2]` and rows `s[1]..=s[3]` where `span(i)` is `Some(s)` (spans within
    /// the frame), and in no cell when it is `None`. `span` is called twice per item.
    pub fn fill(&mut self, frame: &Frame, n: usize, span: impl Fn(usize) -> Option<[usize; 4]>) {
        let (cols, cells) = (frame.cols, frame.len());
        self.starts.clear();
        self.starts.resize(cells + 1, 0);
        let starts: &mut [u32] = &mut self.starts;
        for s in (0..n).filter_map(&span) {
            for y in s[1]..s[3] + 1 {
                for x in s[0]..s[2] + 1 {
                    starts[y * cols + x] += 1;
                }
            }
        }
        // Running sums make `starts[c]` the end of cell `c`; filling each cell from its end down,
        // last item first, brings it back to the cell's start and leaves the cell sorted.
        for c in 1..cells + 1 {
            starts[c] += starts[c - 1];
        }
        self.items.clear();
        self.items.resize(starts[cells] as usize, 0);
        let items: &mut [u32] = &mut self.items;
        for i in (0..n).rev() {
            let Some(s) = span(i) else { continue };
            for y in s[1]..s[3] + 1 {
                for x in s[0]..s[2] + 1 {
                    let slot = &mut starts[y * cols + x];
                    *slot -= 1;
                    items[*slot as usize] = i as u32;
                }
            }
        }
    }

    /// The items in cell `index` (see [`Frame::index`]), in increasing order; none for a cell
    /// the last fill did not have.
    #[inline]
    pub fn cell(&self, index: usize) -> &[u32] {
        match (self.starts.get(index), self.starts.get(index + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_outside_the_grid_belong_to_the_nearest_edge_cell() {
        let f = Frame::covering([-10.0, 5.0], [20.0, 20.0], 5.0);
        assert_eq!((f.cols, f.rows, f.len()), (5, 5, 25));
        assert_eq!([f.col(-10.0), f.col(-9.9), f.col(-5.0), f.col(9.9), f.col(10.0)], [0, 0, 1, 3, 4]);
        assert_eq!([f.col(-1e300), f.col(1e300), f.col(f64::INFINITY), f.col(f64::NAN)], [0, 4, 4, 0]);
        assert_eq!([f.row(4.0), f.row(12.5), f.row(100.0)], [0, 1, 4]);
        assert_eq!(f.index(3, 2), 13);
    }

    #[test]
    fn each_cell_lists_the_items_covering_it_in_increasing_order() {
        let f = Frame::covering([0.0, 0.0], [2.0, 1.0], 1.0);
        let spans = [Some([0, 0, 2, 0]), None, Some([1, 0, 1, 1]), Some([2, 1, 2, 1]), Some([0, 0, 0, 0])];
        let mut b = Buckets::default();
        b.fill(&f, spans.len(), |i| spans[i]);
        let cells: Vec<&[u32]> = (0..f.len()).map(|c| b.cell(c)).collect();
        assert_eq!(cells, [&[0, 4][..], &[0, 2], &[0], &[], &[2], &[3]]);
        assert!(b.cell(6).is_empty() && b.cell(99).is_empty());
    }

    #[test]
    fn refilling_forgets_the_previous_items() {
        let f = Frame::covering([0.0, 0.0], [1.0, 0.0], 1.0);
        let mut b = Buckets::default();
        b.fill(&f, 3, |i| Some([i % 2, 0, i % 2, 0]));
        b.fill(&f, 1, |_| Some([1, 0, 1, 0]));
        assert_eq!((b.cell(0), b.cell(1)), (&[][..], &[0][..]));
    }
}
