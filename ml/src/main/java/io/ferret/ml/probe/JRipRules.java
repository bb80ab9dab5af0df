package io.ferret.ml.probe;

import io.ferret.ml.AttributeMap;
import io.ferret.ml.Operator;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import weka.classifiers.rules.JRip;
import weka.classifiers.rules.Rule;
import weka.core.Instances;

/**
 * Reads candidate conjunctions off JRip's rules for the class of interest, through the rule and antecedent
 * objects rather than the printout. Each rule is offered on its own, not as part of the ordered decision list:
 * the checker measures it over every row it covers. JRip grows a rule one antecedent at a time and its pruning
 * can leave a harmless but meaningless last antecedent ({@code tenure <= 5 and spend <= 100}), so every prefix
 * of a rule is offered too, as a tree's inner nodes are; the checker keeps the longer one only if it is sharper.
 */
final class JRipRules {
  private JRipRules() {}

  /**
   * @param interestConsequent the class index JRip's rules use for the class of interest (JRip reorders classes
   *     by ascending weight, so the minority comes first)
   * @param train the rows JRip was built on, for attribute indexes and nominal values
   */
  static List<Candidate> candidates(JRip jrip, int interestConsequent, Instances train, AttributeMap attributes) {
    List<Candidate> candidates = new ArrayList<>();
    for (Rule rule : jrip.getRuleset()) {
      if (rule instanceof JRip.RipperRule ripper && ripper.hasAntds()
          && (int) ripper.getConsequent() == interestConsequent) {
        conjunction(ripper, train, attributes).ifPresent(predicates -> {
          for (int length = 1; length <= predicates.size(); length++) {
            candidates.add(Candidate.of(Conjunctions.simplify(predicates.subList(0, length))));
          }
        });
      }
    }
    return candidates;
  }

  /** The rule's antecedents as predicates, or empty when one names the {@code other} bucket. */
  private static Optional<List<Predicate>> conjunction(
      JRip.RipperRule rule, Instances train, AttributeMap attributes) {
    List<Predicate> predicates = new ArrayList<>();
    for (JRip.Antd antecedent : rule.getAntds()) {
      int index = train.attribute(antecedent.getAttr().name()).index();
      String column = attributes.column(index);
      if (antecedent instanceof JRip.NumericAntd numeric) {
        Operator op = numeric.getAttrValue() == 0 ? Operator.LE : Operator.GE;
        predicates.add(new Predicate(column, op, numeric.getSplitPoint()));
      } else {
        Optional<Object> value = StoredValues.of(attributes, train, index, (int) antecedent.getAttrValue());
        if (value.isEmpty()) {
          return Optional.empty();
        }
        predicates.add(new Predicate(column, Operator.EQ, value.get()));
      }
    }
    return Optional.of(predicates);
  }
}
