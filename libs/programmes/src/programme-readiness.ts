import type { ReadinessItemView, ProgrammeReadinessView } from './dto/readiness.dto';

export interface ReadinessFacts {
  programmeId: string;
  nominationsCloseAt: Date;
  categories: { id: string; name: string; criteria: number; hasPanel: boolean }[];
  now: Date;
}

/**
 * What stands between a draft and opening: the one definition, shown by "check before you open"
 * and enforced by opening. A missing panel only warns: a panel can be built while nominations
 * come in (judging starts after they close), and many set-ups open first.
 */
export function readinessOf(facts: ReadinessFacts): ProgrammeReadinessView {
  const problems: ReadinessItemView[] = [];
  const warnings: ReadinessItemView[] = [];
  if (facts.categories.length === 0) {
    problems.push({
      code: 'programme.no_categories',
      message: 'Add at least one category before opening the programme',
    });
  }
  if (facts.nominationsCloseAt <= facts.now) {
    problems.push({
      code: 'programme.close_passed',
      message: 'The nominations close time has passed: move it later before opening',
    });
  }
  for (const category of facts.categories) {
    if (category.criteria === 0) {
      problems.push({
        code: 'category.no_criteria',
        message: `${category.name} has no criteria: add at least one criterion for nominators to answer`,
        categoryId: category.id,
      });
    }
    if (!category.hasPanel) {
      warnings.push({
        code: 'category.no_panel',
        message: `${category.name} has no panel yet: its judges must be chosen before judging starts`,
        categoryId: category.id,
      });
    }
  }
  return { programmeId: facts.programmeId, ready: problems.length === 0, problems, warnings };
}
