package org.certamen.server.staff.domain;

/** A staff invitation as the admin sees it: the link to pass on, and whether it was mailed. */
public record SentStaffInvitation(StaffInvitation invitation, StaffRole role, String link,
    boolean mailed) {
}
