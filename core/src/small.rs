//! Sorting and map building that keep the WebAssembly small.
//!
//! std's stable sort is monomorphised for every element type and comparator
//! (about 3.5 KB of wasm each), and `collect()` into a `BTreeMap` or `BTreeSet`
//! sorts its input with it. Here every sort goes through one instance, over
//! indices with a `dyn` comparator, and maps are built by inserting; the results
//! are the same (stable order; a repeated key keeps its last value).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// A map only looked up, never iterated (so its order is no output's): in
/// the `compact` build (WebAssembly) a `BTreeMap`, whose code is there anyway,
/// instead of linking hashbrown and SipHash; elsewhere a `HashMap`, which is
/// faster.
#[cfg(feature = "compact")]
pub(crate) use std::collections::btree_map::{BTreeMap as LookupMap, Entry};
#[cfg(not(feature = "compact"))]
pub(crate) use std::collections::hash_map::{Entry, HashMap as LookupMap};

/// `collect_map` and `collect_set`: `collect()` into a `BTreeMap` or `BTreeSet`
/// without a sort.
pub(crate) trait CollectSorted: Iterator + Sized {
    fn collect_map<K: Ord, V>(self) -> BTreeMap<K, V>
    where
        Self: Iterator<Item = (K, V)>,
    {
        let mut m = BTreeMap::new();
        for (k, v) in self {
            m.insert(k, v);
        }
        m
    }

    fn collect_set(self) -> BTreeSet<Self::Item>
    where
        Self::Item: Ord,
    {
        let mut s = BTreeSet::new();
        for x in self {
            s.insert(x);
        }
        s
    }
}

impl<I: Iterator> CollectSorted for I {}

/// A stable sort of `v` by `cmp`, as `v.sort_by(cmp)`.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order = sorted_indices(v.len(), &mut |i, j| cmp(&v[i], &v[j]));
    // order[k] is the index of the element that belongs at k: follow each
    // cycle of the permutation, marking positions done as they are filled.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// A stable sort of `v` by a key, as `v.sort_by_key(key)`.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// A stable sort of `v`, as `v.sort()`.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one sort: the indices `0..n` in the stable order of `cmp`, by a natural
/// merge sort (std's sort would be one more large instance). It merges the
/// runs already in order, so sorted input costs one pass and the union of a few
/// sorted lists (a regex class of several Unicode categories) a few.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // Where each run in order ends; a run ends where an element is less than
    // the one before it.
    let mut ends: Vec<usize> = (1..n)
        .filter(|&i| cmp(i - 1, i) == Ordering::Greater)
        .chain([n])
        .collect();
    let mut merged = vec![0; n];
    while ends.len() > 1 {
        let mut next_ends = Vec::with_capacity(ends.len().div_ceil(2));
        let mut start = 0;
        for pair in ends.chunks(2) {
            let (mid, end) = (pair[0], pair[pair.len() - 1]);
            let (mut l, mut r) = (start, mid);
            for slot in &mut merged[start..end] {
                // Ties take the left run's element: the sort is stable.
                let left = r == end || (l < mid && cmp(order[l], order[r]) != Ordering::Greater);
                if left {
                    *slot = order[l];
                    l += 1;
                } else {
                    *slot = order[r];
                    r += 1;
                }
            }
            next_ends.push(end);
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        ends = next_ends;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        let mut seed = 7u64;
        for n in 0..200 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn sorts_runs_already_in_order_like_std() {
        for n in 0..120usize {
            // Sorted, reversed, and three sorted pieces one after another.
            let pieces: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7) % (n / 3 + 1), i)).collect();
            let mut three = pieces.clone();
            for chunk in three.chunks_mut(n / 3 + 1) {
                chunk.sort_by_key(|a| a.0);
            }
            let sorted: Vec<(usize, usize)> = (0..n).map(|i| (i / 2, i)).collect();
            let reversed: Vec<(usize, usize)> = (0..n).rev().map(|i| (i / 2, i)).collect();
            for v in [pieces, three, sorted, reversed] {
                let mut ours = v.clone();
                let mut std = v;
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std);
            }
        }
    }

    #[test]
    fn maps_keep_the_last_value_of_a_key() {
        let m = [(2, "a"), (1, "b"), (2, "c")].into_iter().collect_map();
        assert_eq!(m, [(2, "a"), (1, "b"), (2, "c")].into_iter().collect());
        let s = [3, 1, 3, 2].into_iter().collect_set();
        assert_eq!(s, [3, 1, 3, 2].into_iter().collect());
    }
}
