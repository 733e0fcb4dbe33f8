package org.roundtable.database;

import java.util.Map;

/**
 * Whether the embedded PostgreSQL keeps a commit it has acknowledged when the server or the machine crashes.
 * Zonky's embedded PostgreSQL is made for throwaway test databases and turns these off unless told otherwise, so
 * every start states its choice.
 */
public enum Durability {

    /**
     * A commit is answered only once it is on disk, and a torn page can be repaired after a crash: what anything
     * that keeps a partnership's data needs. Without it an acknowledged referral can come back as a draft after a
     * crash and its reference be given again.
     */
    CRASH_SAFE("on"),

    /** Faster, but a crash can lose acknowledged commits or corrupt the data folder: only for databases a test throws away. */
    THROWAWAY("off");

    private final String setting;

    Durability(String setting) {
        this.setting = setting;
    }

    /** The PostgreSQL settings that decide it, named as in postgresql.conf. */
    public Map<String, String> serverSettings() {
        return Map.of("fsync", setting, "synchronous_commit", setting, "full_page_writes", setting);
    }
}
