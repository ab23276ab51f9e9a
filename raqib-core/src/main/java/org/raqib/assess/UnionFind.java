package org.raqib.assess;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 that grow as elements are added; a set's root is its smallest element. */
public final class UnionFind {
    private int[] parent = new int[16];
    private int size;

    public UnionFind() {}

    public UnionFind(int n) {
        for (int i = 0; i < n; i++) add();
    }

    /** Adds an element in a set of its own and returns it. */
    public int add() {
        if (size == parent.length) parent = Arrays.copyOf(parent, size * 2);
        parent[size] = size;
        return size++;
    }

    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    public int size() { return size; }
}
