//! A cache with a ceiling. Keys of the server's caches come partly from what phones send
//! (a form version, a set of purposes, a template id): without a ceiling, a phone sending
//! made-up ones would grow memory for ever. Past the ceiling, an arbitrary entry makes
//! room (everything cached can be read again from the database).

use std::collections::HashMap;
use std::hash::Hash;

/// Entries kept by each cache at most.
pub const CEILING: usize = 512;

/// A map that never holds more than its ceiling.
#[derive(Debug)]
pub struct Bounded<K, V> {
    map: HashMap<K, V>,
    ceiling: usize,
}

impl<K, V> Default for Bounded<K, V> {
    fn default() -> Self {
        Bounded {
            map: HashMap::new(),
            ceiling: CEILING,
        }
    }
}

impl<K: Hash + Eq + Clone, V> Bounded<K, V> {
    pub fn get(&self, key: &K) -> Option<&V> {
        self.map.get(key)
    }

    /// Keep `value` under `key`, making room first if the cache is full.
    pub fn insert(&mut self, key: K, value: V) {
        if self.map.len() >= self.ceiling
            && !self.map.contains_key(&key)
            && let Some(victim) = self.map.keys().next().cloned()
        {
            self.map.remove(&victim);
        }
        self.map.insert(key, value);
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        self.map.remove(key)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_never_grows_past_its_ceiling() {
        let mut cache = Bounded::default();
        for i in 0..(CEILING * 3) {
            cache.insert(i, i);
            assert!(cache.len() <= CEILING);
        }
        assert_eq!(cache.get(&(CEILING * 3 - 1)), Some(&(CEILING * 3 - 1)));
        cache.insert(CEILING * 3 - 1, 0);
        assert_eq!(cache.len(), CEILING, "replacing a key makes no room");
    }
}
