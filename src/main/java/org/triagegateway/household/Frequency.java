package org.triagegateway.household;

/** How often an amount is paid. */
public enum Frequency { WEEKLY, FORTNIGHTLY, FOUR_WEEKLY, MONTHLY, YEARLY }
