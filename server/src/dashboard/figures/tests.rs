//! The figures against an attacker who writes every linear equation the page allows.
//!
//! The attacker's unknowns are the micro-data counts: how many records fall in each
//! (area, month, answers) combination. Every published number is the sum of some of them
//! (a cell, an area total, a month total, a denominator…), so one page is a linear system,
//! and two refreshes one record apart are one system with a candidate difference (+1 or
//! −1 in any combination): each candidate consistent with both pages is kept. A hidden
//! number is *recovered* when every consistent candidate gives it one and the same value.
//! Exact arithmetic modulo the prime 2^61 − 1 (the counts and coefficients are small
//! integers; a rank that differs from the rational one would need the prime to divide a
//! minor of a 0/1 matrix of at most ~90 rows).

use proptest::prelude::*;

use super::*;

const P: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    ((u128::from(a) * u128::from(b)) % u128::from(P)) as u64
}

fn sub(a: u64, b: u64) -> u64 {
    (a + P - b) % P
}

fn inverse(a: u64) -> u64 {
    let (mut result, mut base, mut e) = (1u64, a, P - 2);
    while e > 0 {
        if e & 1 == 1 {
            result = mul(result, base);
        }
        base = mul(base, base);
        e >>= 1;
    }
    result
}

fn residue(v: i64) -> u64 {
    v.rem_euclid(P as i64) as u64
}

/// The micro-data: `counts[a][m][combination]`, bit i of a combination = indicator i
/// counted (everyone answers every indicator: the tables are then linked exactly, the
/// strongest case for the attacker).
#[derive(Debug, Clone)]
struct Cube {
    areas: usize,
    months: usize,
    indicators: usize,
    counts: Vec<u64>,
}

impl Cube {
    fn combinations(&self) -> usize {
        1 << self.indicators
    }
    fn index(&self, a: usize, m: usize, combination: usize) -> usize {
        (a * self.months + m) * self.combinations() + combination
    }
    fn len(&self) -> usize {
        self.areas * self.months * self.combinations()
    }
    fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        for a in 0..self.areas {
            for m in 0..self.months {
                for combination in 0..self.combinations() {
                    for _ in 0..self.counts[self.index(a, m, combination)] {
                        rows.push(Row {
                            area: a,
                            month: m,
                            answers: (0..self.indicators)
                                .map(|i| Some(combination >> i & 1 == 1))
                                .collect(),
                        });
                    }
                }
            }
        }
        rows
    }
    fn publish(&self, k: u64) -> Figures {
        publish(
            self.areas,
            self.months,
            self.indicators,
            &self.rows(),
            Rules { k, rounding: None },
        )
    }
}

/// One number of a page: which micro-data counts it sums, and what was published
/// (`None`: hidden).
struct Number {
    name: String,
    sums: Vec<u64>,
    published: Option<u64>,
    truth: u64,
}

/// Every number of a page, as sums over the cube.
fn numbers(cube: &Cube, figures: &Figures) -> Vec<Number> {
    let n = cube.len();
    let mut out = Vec::new();
    let mut add =
        |name: String, published: Option<u64>, member: &dyn Fn(usize, usize, usize) -> bool| {
            let mut sums = vec![0u64; n];
            let mut truth = 0;
            for a in 0..cube.areas {
                for m in 0..cube.months {
                    for combination in 0..cube.combinations() {
                        if member(a, m, combination) {
                            let i = cube.index(a, m, combination);
                            sums[i] = 1;
                            truth += cube.counts[i];
                        }
                    }
                }
            }
            out.push(Number {
                name,
                sums,
                published,
                truth,
            });
        };
    let grid = &figures.records;
    for a in 0..cube.areas {
        for m in 0..cube.months {
            add(
                format!("records[{a}][{m}]"),
                grid.cells[a][m],
                &|x, y, _| x == a && y == m,
            );
        }
        add(
            format!("records area {a}"),
            grid.row_totals[a],
            &|x, _, _| x == a,
        );
    }
    for m in 0..cube.months {
        add(
            format!("records month {m}"),
            grid.column_totals[m],
            &|_, y, _| y == m,
        );
    }
    add("records total".into(), grid.total, &|_, _, _| true);
    for (i, indicator) in figures.indicators.iter().enumerate() {
        let grid = &indicator.grid;
        for a in 0..cube.areas {
            for (column, counted) in [(0, true), (1, false)] {
                add(
                    format!("indicator {i} area {a} counted={counted}"),
                    grid.cells[a][column],
                    &|x, _, comb| x == a && (comb >> i & 1 == 1) == counted,
                );
            }
            add(
                format!("indicator {i} denominator {a}"),
                grid.row_totals[a],
                &|x, _, _| x == a,
            );
        }
        for (column, counted) in [(0, true), (1, false)] {
            add(
                format!("indicator {i} total counted={counted}"),
                grid.column_totals[column],
                &|_, _, comb| (comb >> i & 1 == 1) == counted,
            );
        }
        add(format!("indicator {i} total"), grid.total, &|_, _, _| true);
    }
    out
}

/// A system in reduced row-echelon form. Each row: coefficients over the cube, then
/// right-hand sides as a vector over `extra` symbols (the page's values and the
/// candidate's difference, kept symbolic so one elimination serves every candidate).
struct Echelon {
    rows: Vec<(usize, Vec<u64>, Vec<u64>)>,
}

impl Echelon {
    fn new(equations: Vec<(Vec<u64>, Vec<u64>)>) -> (Echelon, Vec<Vec<u64>>) {
        let mut rows: Vec<(usize, Vec<u64>, Vec<u64>)> = Vec::new();
        let mut contradictions = Vec::new();
        for (coefficients, rhs) in equations {
            let (coefficients, rhs) = reduce(&rows, coefficients, rhs);
            match coefficients.iter().position(|&c| c != 0) {
                Some(pivot) => {
                    let scale = inverse(coefficients[pivot]);
                    let coefficients: Vec<u64> =
                        coefficients.iter().map(|&c| mul(c, scale)).collect();
                    let rhs: Vec<u64> = rhs.iter().map(|&c| mul(c, scale)).collect();
                    // Keep the form reduced: clear the new pivot from the other rows.
                    for row in rows.iter_mut() {
                        let factor = row.1[pivot];
                        if factor != 0 {
                            for (x, &y) in row.1.iter_mut().zip(&coefficients) {
                                *x = sub(*x, mul(factor, y));
                            }
                            for (x, &y) in row.2.iter_mut().zip(&rhs) {
                                *x = sub(*x, mul(factor, y));
                            }
                        }
                    }
                    rows.push((pivot, coefficients, rhs));
                }
                // 0 = rhs: a condition every consistent candidate must meet.
                None => contradictions.push(rhs),
            }
        }
        (Echelon { rows }, contradictions)
    }

    /// The right-hand side that determines `target`, if the equations determine it.
    fn solve(&self, target: &[u64], extra: usize) -> Option<Vec<u64>> {
        let (rest, rhs) = reduce(&self.rows, target.to_vec(), vec![0; extra]);
        rest.iter()
            .all(|&c| c == 0)
            .then(|| rhs.iter().map(|&c| sub(0, c)).collect())
    }
}

fn reduce(
    rows: &[(usize, Vec<u64>, Vec<u64>)],
    mut coefficients: Vec<u64>,
    mut rhs: Vec<u64>,
) -> (Vec<u64>, Vec<u64>) {
    for (pivot, row, row_rhs) in rows {
        let factor = coefficients[*pivot];
        if factor != 0 {
            for (x, &y) in coefficients.iter_mut().zip(row) {
                *x = sub(*x, mul(factor, y));
            }
            for (x, &y) in rhs.iter_mut().zip(row_rhs) {
                *x = sub(*x, mul(factor, y));
            }
        }
    }
    (coefficients, rhs)
}

/// The hidden numbers of one page the equations give away, with their value.
fn recovered_from_one(cube: &Cube, figures: &Figures) -> Vec<(String, u64)> {
    let numbers = numbers(cube, figures);
    // Right-hand side symbols: one per published number.
    let published: Vec<&Number> = numbers.iter().filter(|n| n.published.is_some()).collect();
    let extra = published.len();
    let equations = published
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut rhs = vec![0; extra];
            rhs[i] = 1;
            (n.sums.clone(), rhs)
        })
        .collect();
    let (system, _) = Echelon::new(equations);
    let values: Vec<u64> = published.iter().map(|n| n.published.unwrap_or(0)).collect();
    numbers
        .iter()
        .filter(|n| n.published.is_none())
        .filter_map(|n| {
            let rhs = system.solve(&n.sums, extra)?;
            let value = rhs
                .iter()
                .zip(&values)
                .fold(0, |acc, (&c, &v)| (acc + mul(c, v)) % P);
            Some((n.name.clone(), value))
        })
        .collect()
}

/// The hidden numbers of either page that two refreshes, `after` being `before` with one
/// record more or less somewhere, give away.
fn recovered_from_two(before: &Cube, after: &Cube, k: u64) -> Vec<(String, u64)> {
    recovered_between(before, &before.publish(k), after, &after.publish(k))
}

/// The same, for two given pages.
fn recovered_between(
    before: &Cube,
    first: &Figures,
    after: &Cube,
    second: &Figures,
) -> Vec<(String, u64)> {
    let first = numbers(before, first);
    let second = numbers(after, second);
    let n = before.len();
    // Unknowns: the first page's micro-data x. The second page is x + d, d = s·e_j for a
    // candidate (j, s). Right-hand side symbols: [1, d_0, …, d_{n-1}], so an equation of
    // the second page, f·(x + d) = v, is f·x = v·1 − Σ f_j d_j.
    let extra = 1 + n;
    let mut equations = Vec::new();
    for number in &first {
        if let Some(v) = number.published {
            let mut rhs = vec![0; extra];
            rhs[0] = v % P;
            equations.push((number.sums.clone(), rhs));
        }
    }
    for number in &second {
        if let Some(v) = number.published {
            let mut rhs = vec![0; extra];
            rhs[0] = v % P;
            for j in 0..n {
                rhs[1 + j] = sub(0, number.sums[j]);
            }
            equations.push((number.sums.clone(), rhs));
        }
    }
    let (system, conditions) = Echelon::new(equations);
    let evaluate =
        |rhs: &[u64], j: usize, s: i64| -> u64 { (rhs[0] + mul(rhs[1 + j], residue(s))) % P };
    let candidates: Vec<(usize, i64)> = (0..n)
        .flat_map(|j| [(j, 1i64), (j, -1i64)])
        .filter(|&(j, s)| conditions.iter().all(|c| evaluate(c, j, s) == 0))
        .collect();
    assert!(
        !candidates.is_empty(),
        "the true difference is always consistent"
    );
    let mut found = Vec::new();
    for (page, numbers) in [(1, &first), (2, &second)] {
        for number in numbers.iter().filter(|n| n.published.is_none()) {
            let Some(rhs) = system.solve(&number.sums, extra) else {
                continue;
            };
            // On the second page the number is f·x + f·d.
            let values: Vec<u64> = candidates
                .iter()
                .map(|&(j, s)| {
                    let shift = if page == 2 {
                        mul(number.sums[j], residue(s))
                    } else {
                        0
                    };
                    (evaluate(&rhs, j, s) + shift) % P
                })
                .collect();
            if values.windows(2).all(|w| w[0] == w[1]) {
                assert_eq!(
                    values[0],
                    number.truth % P,
                    "{}: the attacker's value is the truth",
                    number.name
                );
                found.push((format!("page {page}: {}", number.name), values[0]));
            }
        }
    }
    found
}

fn cube(areas: usize, months: usize, indicators: usize, counts: Vec<u64>) -> Cube {
    Cube {
        areas,
        months,
        indicators,
        counts,
    }
}

/// Small tables, many small counts: where suppression has work to do.
fn cubes() -> impl Strategy<Value = Cube> {
    (1usize..=4, 1usize..=4, 1usize..=2).prop_flat_map(|(areas, months, indicators)| {
        let len = areas * months * (1 << indicators);
        proptest::collection::vec(prop_oneof![3 => 0u64..3, 2 => 0u64..8, 1 => 5u64..15], len)
            .prop_map(move |counts| cube(areas, months, indicators, counts))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// One page: the equations never give a hidden number away, and every published
    /// number is the truth and counts at least k (or is a zero the rules allow).
    #[test]
    fn one_page_gives_no_hidden_number_away(cube in cubes(), k in 3u64..=6) {
        let figures = cube.publish(k);
        prop_assert_eq!(recovered_from_one(&cube, &figures), vec![]);
        for number in numbers(&cube, &figures) {
            if let Some(v) = number.published {
                prop_assert_eq!(v, number.truth, "{}", number.name);
                prop_assert!(v == 0 || v >= k, "{} = {} is published below k = {}", number.name, v, k);
            }
        }
    }

    /// Two refreshes one record apart (a record added, or one withdrawn): the
    /// differencing attack recovers no hidden number of either page.
    #[test]
    fn two_refreshes_one_record_apart_give_no_hidden_number_away(
        before in cubes(),
        k in 3u64..=6,
        which in any::<proptest::sample::Index>(),
        add in any::<bool>(),
    ) {
        let mut after = before.clone();
        let j = which.index(before.len());
        if add || after.counts[j] == 0 {
            after.counts[j] += 1;
        } else {
            after.counts[j] -= 1;
        }
        prop_assert_eq!(recovered_from_two(&before, &after, k), vec![]);
    }
}

/// The attacker finds what a careless page gives away: with one hidden cell in a row of
/// published totals, the row equation names it (the attack is real, so its silence above
/// means something).
#[test]
fn the_attacker_recovers_a_cell_hidden_alone() {
    let c = cube(2, 2, 1, vec![0, 6, 4, 5, 7, 0, 6, 6]);
    let mut figures = c.publish(5);
    // Publish everything but the 4 records in (area 0, month 1).
    figures.records = Table::new(&[vec![6, 9], vec![7, 12]]).grid(None);
    figures.records.cells[0][1] = None;
    let found = recovered_from_one(&c, &figures);
    assert!(
        found.contains(&("records[0][1]".to_string(), 9)),
        "{found:?}"
    );
}

/// And across refreshes: exact margins on both pages name the cell a record went into,
/// so a cell hidden at 4 and shown at 5 gives its old value away.
#[test]
fn the_attacker_differences_two_naive_pages() {
    // Naive pages: only the small cell hidden, with a complementary cell, margins shown.
    let before = cube(2, 2, 0, vec![4, 9, 9, 9]);
    let mut after = before.clone();
    after.counts[0] = 5;
    let naive = |c: &Cube, hide: bool| {
        let mut table = Table::new(&[
            vec![c.counts[0], c.counts[1]],
            vec![c.counts[2], c.counts[3]],
        ]);
        if hide {
            for (r, col) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                table.hidden[r][col] = true;
            }
        }
        Figures {
            records: table.grid(None),
            indicators: Vec::new(),
        }
    };
    // Page one alone gives nothing away (a 2 × 2 block)…
    assert_eq!(recovered_from_one(&before, &naive(&before, true)), vec![]);
    // …but the first area's total went from 13 to 14, the first month's too, and page
    // two shows the cell as 5: it was 4 (and the rest of the block follows).
    let found = recovered_between(
        &before,
        &naive(&before, true),
        &after,
        &naive(&after, false),
    );
    assert!(
        found.contains(&("page 1: records[0][0]".to_string(), 4)),
        "{found:?}"
    );
}

#[test]
fn figures_are_the_counts_when_every_cell_is_large() {
    let rows: Vec<Row> = (0..40)
        .map(|i| Row {
            area: i % 2,
            month: (i / 2) % 2,
            answers: vec![Some(i % 4 == 0), if i % 5 == 0 { None } else { Some(true) }],
        })
        .collect();
    let figures = publish(
        2,
        2,
        2,
        &rows,
        Rules {
            k: 5,
            rounding: None,
        },
    );
    assert_eq!(
        figures.records.cells,
        vec![vec![Some(10), Some(10)], vec![Some(10), Some(10)]]
    );
    assert_eq!(figures.records.row_totals, vec![Some(20), Some(20)]);
    assert_eq!(figures.records.column_totals, vec![Some(20), Some(20)]);
    assert_eq!(figures.records.total, Some(40));
    // Indicator 0: counted when i % 4 == 0, i.e. 10 of the 20 in area 0, 0 in area 1
    // (zero: hidden, with its complement and the overall counts that would give it away).
    let first = &figures.indicators[0].grid;
    assert_eq!(first.cells[0], vec![Some(10), Some(10)]);
    assert_eq!(first.cells[1], vec![None, None]);
    assert_eq!(first.column_totals, vec![None, None]);
    assert_eq!(first.row_totals, vec![Some(20), Some(20)]);
    assert_eq!(first.total, Some(40));
}

#[test]
fn a_small_cell_hides_its_area_with_a_partner_and_the_totals_over_them() {
    let c = cube(3, 3, 0, vec![2, 9, 9, 9, 9, 9, 9, 9, 9]);
    let figures = c.publish(5);
    let g = &figures.records;
    // The small cell's area is hidden whole, with the area of fewest records beside it
    // (so a record added or withdrawn on the next page could be in either), and every
    // total that sums over them; the third area is shown with its own total.
    assert_eq!(g.cells[0], vec![None, None, None]);
    assert_eq!(g.row_totals[0], None);
    assert_eq!(g.cells[1], vec![None, None, None]);
    assert_eq!(g.cells[2], vec![Some(9), Some(9), Some(9)]);
    assert_eq!(g.row_totals[2], Some(27));
    assert_eq!(g.column_totals, vec![None, None, None]);
    assert_eq!(g.total, None);
    assert_eq!(recovered_from_one(&c, &figures), vec![]);
}

#[test]
fn rounding_rounds_every_published_count_and_shares_use_the_rounded_counts() {
    let rows: Vec<Row> = (0..47)
        .map(|i| Row {
            area: i % 2,
            month: 0,
            answers: vec![Some(i % 3 == 0)],
        })
        .collect();
    let figures = publish(
        2,
        1,
        1,
        &rows,
        Rules {
            k: 5,
            rounding: Some(5),
        },
    );
    for v in figures.records.cells.iter().flatten().flatten() {
        assert_eq!(v % 5, 0);
    }
    assert_eq!(figures.records.total, Some(45));
    let indicator = &figures.indicators[0];
    let (n, d) = (
        indicator.grid.cells[0][0].unwrap(),
        indicator.grid.row_totals[0].unwrap(),
    );
    assert_eq!(indicator.share(Some(0)), Some(n as f64 / d as f64));
}

#[test]
fn a_single_area_hides_everything_that_would_name_its_small_cells() {
    let c = cube(1, 2, 1, vec![1, 3, 8, 9]);
    let figures = c.publish(5);
    assert_eq!(recovered_from_one(&c, &figures), vec![]);
    let mut after = c.clone();
    after.counts[0] += 1;
    assert_eq!(recovered_from_two(&c, &after, 5), vec![]);
}

/// The case the two-refresh property found against the earlier cell-by-cell rules (an area
/// of one record, another of four, k = 3): every page one record away, added or withdrawn
/// in any cell, gives no hidden number away.
#[test]
fn the_case_that_broke_the_cell_by_cell_rules_holds_for_every_next_page() {
    let before = cube(3, 2, 1, vec![0, 0, 0, 1, 4, 4, 0, 0, 0, 3, 1, 0]);
    for j in 0..before.len() {
        for add in [true, false] {
            let mut after = before.clone();
            if add {
                after.counts[j] += 1;
            } else if after.counts[j] > 0 {
                after.counts[j] -= 1;
            } else {
                continue;
            }
            assert_eq!(
                recovered_from_two(&before, &after, 3),
                vec![],
                "cell {j}, {}",
                if add { "added" } else { "withdrawn" }
            );
        }
    }
}
