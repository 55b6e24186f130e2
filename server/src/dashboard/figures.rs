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
//! Each table is handled as its *augmented* table: the margins are cells too (a row of
//! column totals, a column of row totals). What an attacker can write from a page are the
//! row and column equations of every table, the links between tables (an area's records
//! are its indicators' denominators), and, across two refreshes, that one record was added
//! or withdrawn somewhere. `protect` hides by area, so that no published number involves
//! a hidden one:
//!
//! 1. **Small areas, whole**: an area with a record count from 1 to k−1 in any month is
//!    hidden in every table (cells, total, denominators). In the records table a zero is
//!    shown: it says nobody was interviewed there that month, which is about the survey.
//! 2. **A partner**: when that is a single area, the area with the fewest records is hidden
//!    with it, so a record added to or withdrawn from a hidden area on the next refresh
//!    could be in either, and the difference of two pages names neither.
//! 3. **Indicator rows**: in an indicator, an area whose counted or not-counted households
//!    are fewer than k (zero included, once the area has answers: "0 of 12" says
//!    something about every household) has both hidden; its denominator stays (the
//!    records table gives it anyway), and one equation in two unknowns names neither.
//! 4. **Totals over hidden cells are hidden**: with any area hidden whole, every month
//!    total and grand total; with an indicator row hidden, that indicator's overall
//!    counted and not counted.
//!
//! The rules read only *which* counts are below k, never the published values, so a change
//! that crosses no threshold leaves the same pattern on the next refresh. An earlier,
//! cell-by-cell version (complementary cells closing cycles of hidden cells) held one
//! page, but the two-refresh property test found pages one record apart that gave a hidden
//! area total away through the links between tables; it was replaced by these rules.
//!
//! What this promises, and `figures/tests.rs` checks on random tables (including two
//! refreshes one record apart, added or withdrawn anywhere): no hidden number is
//! determined by the linear equations an attacker can write. Not promised: an attacker who
//! also reasons from bounds (counts are ≥ 0) and from re-running these rules on candidate
//! tables can sometimes narrow a hidden number further; a policy's `rounding` base blurs
//! those inferences, and a published share is computed from the published (rounded)
//! counts. The price of hiding whole areas is a poster with fewer totals when some area is
//! small: the policy's list of areas is the lever (merge small areas into larger ones).

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
    tables.push(Table::new(&records));
    for counts in &answered {
        let inner: Vec<Vec<u64>> = counts.iter().map(|c| c.to_vec()).collect();
        tables.push(Table::new(&inner));
    }
    protect(&mut tables, &records, &answered, rules.k);
    let mut grids = tables.iter().map(|t| t.grid(rules.rounding));
    let records = grids.next().unwrap_or_else(|| Table::new(&[]).grid(None));
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
}

impl Table {
    pub(crate) fn new(inner: &[Vec<u64>]) -> Table {
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

/// Hide what could name anyone, area by area (see the module's documentation):
/// 1. an area with a record count from 1 to k−1 in any month is hidden whole, in every
///    table (its cells, its total, its denominators);
/// 2. when that is a single area, the area with the fewest records is hidden with it, so a
///    record added or withdrawn between two refreshes could be in either;
/// 3. in an indicator, an area whose counted or not-counted households are fewer than k
///    (zero included, once the area has answers) has both hidden (its denominator stays:
///    the records table gives it anyway);
/// 4. a total that sums over hidden cells is hidden: with any area hidden whole, every
///    month total and grand total; with an indicator row hidden, that indicator's overall
///    counted and not counted.
pub(crate) fn protect(
    tables: &mut [Table],
    records: &[Vec<u64>],
    answered: &[Vec<[u64; 2]>],
    k: u64,
) {
    let areas = records.len();
    let mut whole: Vec<bool> = (0..areas)
        .map(|a| records[a].iter().any(|&n| n > 0 && n < k))
        .collect();
    if whole.iter().filter(|h| **h).count() == 1
        && let Some(partner) = (0..areas)
            .filter(|&a| !whole[a])
            .min_by_key(|&a| (records[a].iter().sum::<u64>(), a))
    {
        whole[partner] = true;
    }
    let any_whole = whole.iter().any(|h| *h);
    for table in tables.iter_mut() {
        for (area, hide) in whole.iter().enumerate() {
            if *hide && area < table.rows {
                table.hidden[area].iter_mut().for_each(|h| *h = true);
            }
        }
        if any_whole {
            let margins = table.rows;
            table.hidden[margins].iter_mut().for_each(|h| *h = true);
        }
    }
    for (table, counts) in tables.iter_mut().skip(1).zip(answered) {
        let mut any = false;
        for (area, &[counted, not]) in counts.iter().enumerate().take(table.rows) {
            if counted + not > 0 && (counted < k || not < k) {
                table.hidden[area][0] = true;
                table.hidden[area][1] = true;
                any = true;
            }
        }
        if any {
            let margins = table.rows;
            table.hidden[margins][0] = true;
            table.hidden[margins][1] = true;
        }
    }
}

#[cfg(test)]
mod tests;
