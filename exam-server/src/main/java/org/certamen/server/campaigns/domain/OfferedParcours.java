package org.certamen.server.campaigns.domain;

import java.util.List;
import java.util.Optional;
import org.certamen.engine.positioning.Parcours;
import org.certamen.engine.positioning.ParcoursCatalogue;

/**
 * The parcours this server offers: a catalogue checked against its bank, or none on a bank that
 * lacks the catalogue's subjects (one written for trials), where only profile collections run.
 */
public record OfferedParcours(List<Parcours> all) {

  public OfferedParcours {
    all = List.copyOf(all);
  }

  public static OfferedParcours of(ParcoursCatalogue catalogue) {
    return new OfferedParcours(catalogue.all());
  }

  public static OfferedParcours none() {
    return new OfferedParcours(List.of());
  }

  public Optional<Parcours> byId(String id) {
    return all.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
