//! The public dashboard's figures: counted records in, published cells out. Pure: no I/O,
//! no clock, no randomness, so the same records always give the same page.
//!
//! Two kinds of table, both with rows = the project's areas:
//! - **records**: areas × months, with area totals (row totals), month totals (column
//!   totals) and the grand total;
//! - one per **indicator**: areas × {counted, not counted}, whose row totals are the
//!   denominators (records answering the question), column totals the overall numerator
//!   and its complement, and whose share is numerator ÷ denominator.
//!
//! # Disclosure control
//!
//! Each table is handled as its *augmented* table: the margins are cells too, in an extra
//! row (column totals) and column (row totals). With every row total and column total
//! moved to the other side, every row and every column of the augmented table sums to
//! zero, so what an attacker can write from a published table are exactly those
//! row and column equations. Hidden cells are the edges of a bipartite graph (a row vertex
//! per row, a column vertex per column, margins included); a hidden cell is worked out by
//! linear equations alone exactly when its edge lies on no cycle (it is a *bridge*:
//! summing the equations of the rows on one side of the cut and subtracting those of its
//! columns leaves that cell alone). So:
//!
//! 1. **Primary suppression**: a count from 1 to k−1 is hidden, margins included. In the
//!    records table a zero is shown: it says nobody was interviewed in that area that
//!    month, which is about the survey, not about anyone. In an indicator table a zero is
//!    hidden like any count below k (when the area has answers at all): "0 of 12" or
//!    "12 of 12" says something about *every* household of the area, the attribute
//!    disclosure k exists to prevent.
//! 2. **Refresh rule**: a hidden inner cell hides its column total (the month's total, or
//!    the overall numerator). A record added or withdrawn between two refreshes changes
//!    one inner cell and its two margins; with both margins published the two pages
//!    would name the cell it went into, and a cell that crossed k (4 hidden, then 5 shown)
//!    would give its hidden value away. The area stays known (area totals are the
//!    dashboard's point), but the column is not: the change could be any hidden cell of
//!    the area's row.
//! 3. **Linked tables**: an area's total and the grand total appear in every table (an
//!    indicator's denominator is the area's records when everyone answered); hidden in
//!    one, they are hidden in all.
//! 4. **Complementary suppression**: while some hidden cell is a bridge, one more cell is
//!    hidden to close a cycle through it. An inner cell alone in its area's row gets the
//!    nearest published cell of the same row (its month total is hidden too, so the two
//!    close a cycle through the totals row): an area's pattern depends on that area's
//!    small cells only, and a record added to or withdrawn from another area never changes
//!    it (an earlier version closed cycles through other areas' hidden cells, and the
//!    differencing test recovered cells when another area's cell crossed k). Anything
//!    else (a small area total) gets the cheapest cell joining the two sides of the cut:
//!    inner cells first, then month totals, then area totals, the grand total last;
//!    nearest first. Then 2–4 again, until nothing changes. The choice depends on *which*
//!    cells are below k, never on the published values, so a change that crosses no
//!    threshold leaves the same pattern on the next refresh.
//!
//! What this promises, and `figures/tests.rs` checks on random tables (including two
//! refreshes one record apart): no hidden cell is determined by the linear equations an
//! attacker can write from the published figures (every table, both refreshes, the
//! difference being one record anywhere). Not promised: an attacker who also reasons from
//! bounds (counts are ≥ 0) and from re-running this algorithm on candidate tables can
//! sometimes narrow a hidden cell further; a policy's `rounding` base blurs exactly those
//! inferences, and a published share is always computed from the published (rounded)
//! counts.

/// How the figures are protected (from the policy's `[dashboard]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Every published count counts at least k records (3 to 10).
    pub k: u64,
    /// Published counts are rounded to a multiple of this (half up); `None`: exact.
    pub rounding: Option<u64>,
}

/// One counted record: an approved record whose consent covers the dashboard's purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Index into the areas.
    pub area: usize,
    /// Index into the months.
    pub month: usize,
    /// Per indicator: counted (`Some(true)`), answered but not counted (`Some(false)`),
    /// not answered (`None`: left out of that indicator's denominator).
    pub answers: Vec<Option<bool>>,
}

/// A published table. `None` is a hidden cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Option<u64>>>,
    pub row_totals: Vec<Option<u64>>,
    pub column_totals: Vec<Option<u64>>,
    pub total: Option<u64>,
}

impl Grid {
    /// How many cells of the table (margins included) are hidden.
    pub fn hidden(&self) -> usize {
        let inner = self.cells.iter().flatten().filter(|c| c.is_none()).count();
        inner
            + self.row_totals.iter().filter(|c| c.is_none()).count()
            + self.column_totals.iter().filter(|c| c.is_none()).count()
            + usize::from(self.total.is_none())
    }
}

/// An indicator's published figures by area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    /// Columns: 0 counted (the numerator), 1 answered but not counted; row totals are the
    /// denominators.
    pub grid: Grid,
}

impl Indicator {
    /// The share of an area (`None`: the total), from the published counts; `None` when
    /// either is hidden or nobody answered.
    pub fn share(&self, area: Option<usize>) -> Option<f64> {
        let (numerator, denominator) = match area {
            Some(a) => (self.grid.cells[a][0], self.grid.row_totals[a]),
            None => (self.grid.column_totals[0], self.grid.total),
        };
        match (numerator?, denominator?) {
            (_, 0) => None,
            (n, d) => Some(n as f64 / d as f64),
        }
    }
}

/// Everything the dashboard publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// Areas × months.
    pub records: Grid,
    pub indicators: Vec<Indicator>,
}

/// Count the rows, protect the tables, round: the published figures.
pub fn publish(
    areas: usize,
    months: usize,
    indicators: usize,
    rows: &[Row],
    rules: Rules,
) -> Figures {
    let mut records = vec![vec![0u64; months]; areas];
    let mut answered = vec![vec![[0u64; 2]; areas]; indicators];
    for row in rows {
        if row.area >= areas || row.month >= months {
            continue;
        }
        records[row.area][row.month] += 1;
        for (i, answer) in row.answers.iter().enumerate().take(indicators) {
            if let Some(counted) = answer {
                answered[i][row.area][usize::from(!counted)] += 1;
            }
        }
    }
    let mut tables = Vec::with_capacity(1 + indicators);
    tables.push(Table::new(&records, false));
    for counts in &answered {
        let inner: Vec<Vec<u64>> = counts.iter().map(|c| c.to_vec()).collect();
        tables.push(Table::new(&inner, true));
    }
    protect(&mut tables, rules.k);
    let mut grids = tables.iter().map(|t| t.grid(rules.rounding));
    let records = grids
        .next()
        .unwrap_or_else(|| Table::new(&[], false).grid(None));
    Figures {
        records,
        indicators: grids.map(|grid| Indicator { grid }).collect(),
    }
}

/// An augmented table: `values[r][c]` for r ≤ rows, c ≤ columns, where row `rows` holds
/// the column totals and column `columns` the row totals.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    rows: usize,
    columns: usize,
    values: Vec<Vec<u64>>,
    hidden: Vec<Vec<bool>>,
    /// Zeros inside the table are hidden like any count below k.
    zeros_primary: bool,
}

impl Table {
    pub(crate) fn new(inner: &[Vec<u64>], zeros_primary: bool) -> Table {
        let rows = inner.len();
        let columns = inner.first().map_or(0, Vec::len);
        let mut values = vec![vec![0u64; columns + 1]; rows + 1];
        for (r, line) in inner.iter().enumerate() {
            for (c, &v) in line.iter().enumerate().take(columns) {
                values[r][c] = v;
                values[r][columns] += v;
                values[rows][c] += v;
                values[rows][columns] += v;
            }
        }
        Table {
            rows,
            columns,
            values,
            hidden: vec![vec![false; columns + 1]; rows + 1],
            zeros_primary,
        }
    }

    fn primary(&mut self, k: u64) {
        let (rows, columns) = (self.rows, self.columns);
        for r in 0..=rows {
            for c in 0..=columns {
                let v = self.values[r][c];
                // A zero inside an indicator table, in an area with answers (or a total
                // of a table with any).
                let zero_tells = self.zeros_primary && c < columns && self.values[r][columns] > 0;
                if v < k && (v > 0 || zero_tells) {
                    self.hidden[r][c] = true;
                }
            }
        }
    }

    /// A hidden inner cell hides its column total. True when something changed.
    fn refresh_rule(&mut self) -> bool {
        let mut changed = false;
        for c in 0..self.columns {
            if !self.hidden[self.rows][c] && (0..self.rows).any(|r| self.hidden[r][c]) {
                self.hidden[self.rows][c] = true;
                changed = true;
            }
        }
        changed
    }

    fn vertices(&self) -> usize {
        self.rows + 1 + self.columns + 1
    }

    fn column_vertex(&self, c: usize) -> usize {
        self.rows + 1 + c
    }

    /// Adjacency of the hidden cells' graph: (neighbour, cell).
    fn graph(&self) -> Vec<Vec<(usize, (usize, usize))>> {
        let mut adjacency = vec![Vec::new(); self.vertices()];
        for r in 0..=self.rows {
            for c in 0..=self.columns {
                if self.hidden[r][c] {
                    let cv = self.column_vertex(c);
                    adjacency[r].push((cv, (r, c)));
                    adjacency[cv].push((r, (r, c)));
                }
            }
        }
        adjacency
    }

    /// The first hidden cell (in row-major order) that the equations determine.
    pub(crate) fn bridge(&self) -> Option<(usize, usize)> {
        let adjacency = self.graph();
        let n = adjacency.len();
        let mut order = vec![usize::MAX; n];
        let mut low = vec![0usize; n];
        let mut bridges = Vec::new();
        let mut counter = 0;
        for start in 0..n {
            if order[start] != usize::MAX {
                continue;
            }
            // Iterative DFS: (vertex, the cell it was entered by, next neighbour index).
            let mut stack: Vec<Visit> = vec![(start, None, 0)];
            order[start] = counter;
            low[start] = counter;
            counter += 1;
            while let Some(&mut (v, entered_by, ref mut next)) = stack.last_mut() {
                if let Some(&(w, cell)) = adjacency[v].get(*next) {
                    *next += 1;
                    if Some(cell) == entered_by {
                        continue;
                    }
                    if order[w] == usize::MAX {
                        order[w] = counter;
                        low[w] = counter;
                        counter += 1;
                        stack.push((w, Some(cell), 0));
                    } else {
                        low[v] = low[v].min(order[w]);
                    }
                } else {
                    stack.pop();
                    if let Some(&(parent, _, _)) = stack.last() {
                        low[parent] = low[parent].min(low[v]);
                        if low[v] > order[parent]
                            && let Some(cell) = entered_by
                        {
                            bridges.push(cell);
                        }
                    }
                }
            }
        }
        bridges.into_iter().min()
    }

    /// The vertices reached from `from` over hidden cells, without `skip`.
    fn reach(&self, from: usize, skip: (usize, usize)) -> Vec<bool> {
        let adjacency = self.graph();
        let mut seen = vec![false; adjacency.len()];
        let mut stack = vec![from];
        seen[from] = true;
        while let Some(v) = stack.pop() {
            for &(w, cell) in &adjacency[v] {
                if cell != skip && !seen[w] {
                    seen[w] = true;
                    stack.push(w);
                }
            }
        }
        seen
    }

    /// How much hiding a cell costs: inner cells first, then column totals, row totals,
    /// the grand total; then nearest to `near`, then position. Never the values.
    fn cost(&self, (r, c): (usize, usize), near: (usize, usize)) -> (u8, usize, usize, usize) {
        let class = match (r == self.rows, c == self.columns) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        (class, r.abs_diff(near.0) + c.abs_diff(near.1), r, c)
    }

    /// Hide one more cell so that the bridge `(br, bc)` comes to lie on a cycle (or
    /// closer to one). False when nothing could be hidden.
    fn close(&mut self, (br, bc): (usize, usize)) -> bool {
        // An inner cell alone in its area's row: hide the nearest published cell of the
        // same row. With both month totals hidden (the refresh rule) the two close a cycle
        // through the totals row, so an area's pattern depends on that area's small cells
        // only, and a record elsewhere never changes it.
        if br < self.rows && bc < self.columns {
            let alone = (0..self.columns).filter(|&c| self.hidden[br][c]).count() == 1;
            let nearest = (0..self.columns)
                .filter(|&c| !self.hidden[br][c])
                .min_by_key(|&c| (c.abs_diff(bc), c));
            if alone && let Some(c) = nearest {
                self.hidden[br][c] = true;
                return true;
            }
        }
        let row_side = self.reach(br, (br, bc));
        let column_side = self.reach(self.column_vertex(bc), (br, bc));
        let near = (br, bc);
        let mut best: Option<Candidate> = None;
        for r in 0..=self.rows {
            for c in 0..=self.columns {
                let cv = self.column_vertex(c);
                if (row_side[r] && column_side[cv]) || (column_side[r] && row_side[cv]) {
                    self.consider(&mut best, (r, c), near);
                }
            }
        }
        if best.is_none() {
            // No cell joins the two sides yet: grow the side that has no vertex of the
            // other kind to join with.
            let column_side_has_row = (0..=self.rows).any(|r| column_side[r]);
            if column_side_has_row {
                for c in 0..=self.columns {
                    self.consider(&mut best, (br, c), near);
                }
            } else {
                for r in 0..=self.rows {
                    self.consider(&mut best, (r, bc), near);
                }
            }
        }
        if best.is_none() {
            for r in 0..=self.rows {
                for c in 0..=self.columns {
                    self.consider(&mut best, (r, c), near);
                }
            }
        }
        match best {
            Some((_, (r, c))) => {
                self.hidden[r][c] = true;
                true
            }
            None => false,
        }
    }

    /// Keep `cell` in `best` if it is published and cheaper.
    fn consider(&self, best: &mut Option<Candidate>, cell: (usize, usize), near: (usize, usize)) {
        if self.hidden[cell.0][cell.1] {
            return;
        }
        let cost = self.cost(cell, near);
        if best.is_none_or(|(b, _)| cost < b) {
            *best = Some((cost, cell));
        }
    }

    fn grid(&self, rounding: Option<u64>) -> Grid {
        let shown = |r: usize, c: usize| -> Option<u64> {
            if self.hidden[r][c] {
                return None;
            }
            let v = self.values[r][c];
            Some(match rounding {
                Some(base) if base > 1 => (v + base / 2) / base * base,
                _ => v,
            })
        };
        Grid {
            cells: (0..self.rows)
                .map(|r| (0..self.columns).map(|c| shown(r, c)).collect())
                .collect(),
            row_totals: (0..self.rows).map(|r| shown(r, self.columns)).collect(),
            column_totals: (0..self.columns).map(|c| shown(self.rows, c)).collect(),
            total: shown(self.rows, self.columns),
        }
    }
}

/// A depth-first visit: the vertex, the cell it was entered by, the next neighbour.
type Visit = (usize, Option<(usize, usize)>, usize);

/// A cell that could be hidden, with its cost.
type Candidate = ((u8, usize, usize, usize), (usize, usize));

/// Suppress until stable: primary cells, the refresh rule, linked margins, and one cell
/// per determined hidden cell.
pub(crate) fn protect(tables: &mut [Table], k: u64) {
    for table in tables.iter_mut() {
        table.primary(k);
    }
    loop {
        let mut changed = false;
        for table in tables.iter_mut() {
            changed |= table.refresh_rule();
        }
        changed |= link(tables);
        if !changed {
            for table in tables.iter_mut() {
                if let Some(bridge) = table.bridge() {
                    changed |= table.close(bridge);
                    break;
                }
            }
        }
        if !changed {
            return;
        }
    }
}

/// Area totals and grand totals are the same figures in every table (when everyone
/// answered): hidden in one, hidden in all. True when something changed.
fn link(tables: &mut [Table]) -> bool {
    let Some(rows) = tables.first().map(|t| t.rows) else {
        return false;
    };
    let mut changed = false;
    for r in 0..=rows {
        let hidden = tables
            .iter()
            .any(|t| t.rows == rows && t.hidden[r][t.columns]);
        if hidden {
            for t in tables.iter_mut().filter(|t| t.rows == rows) {
                let c = t.columns;
                if !t.hidden[r][c] {
                    t.hidden[r][c] = true;
                    changed = true;
                }
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests;
