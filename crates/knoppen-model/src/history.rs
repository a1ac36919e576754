//! Undo and redo by snapshots. A run of edits with the same key (typing one note, dragging one
//! slider) is one step.

pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    last_key: Option<String>,
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            last_key: None,
            limit: 200,
        }
    }
}

impl<T: Clone> History<T> {
    /// Call before changing `current`.
    pub fn record(&mut self, current: &T, key: Option<&str>) {
        if key.is_some() && key == self.last_key.as_deref() {
            return;
        }
        self.undo.push(current.clone());
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.last_key = key.map(str::to_owned);
    }

    /// End a run of same-key edits, so the next edit is a step of its own.
    pub fn break_run(&mut self) {
        self.last_key = None;
    }

    pub fn undo(&mut self, current: &mut T) -> bool {
        self.last_key = None;
        match self.undo.pop() {
            Some(prev) => {
                self.redo.push(std::mem::replace(current, prev));
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self, current: &mut T) -> bool {
        self.last_key = None;
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(current, next));
                true
            }
            None => false,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.last_key = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_and_runs() {
        let mut h = History::default();
        let mut v = String::new();
        for c in ["a", "ab", "abc"] {
            h.record(&v, Some("note"));
            v = c.to_owned();
        }
        h.record(&v, None);
        v.push('!');
        assert!(h.undo(&mut v));
        assert_eq!(v, "abc");
        assert!(h.undo(&mut v), "the typing run is one step");
        assert_eq!(v, "");
        assert!(!h.undo(&mut v));
        assert!(h.redo(&mut v));
        assert_eq!(v, "abc");
        assert!(h.redo(&mut v));
        assert_eq!(v, "abc!");
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut h = History::default();
        let mut v = 1;
        h.record(&v, None);
        v = 2;
        h.undo(&mut v);
        h.record(&v, None);
        v = 3;
        assert!(!h.can_redo());
        assert_eq!(v, 3);
    }
}
