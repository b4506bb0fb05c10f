package org.certamen.server.centre.domain;

/**
 * An invitation as its sender sees it: the link to pass on, and whether it was also mailed.
 */
public record SentInvitation(Invitation invitation, String link, boolean mailed) {
}
