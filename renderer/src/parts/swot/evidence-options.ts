import type { CollectionName, PlanCollections } from '../../../../shared/domain';
import { EVIDENCE_KINDS, type Evidence } from '../../../../shared/domain/swot';
import type { CustomerTier, MacroForce } from '../../../../shared/domain/situation';

type EvidenceKind = Evidence['kind'];

export const EVIDENCE_COLLECTIONS: Record<EvidenceKind, CollectionName> = {
  segment: 'segments',
  product: 'products',
  competitor: 'competitors',
  channel: 'channels',
  macroForce: 'macroForces',
  customerTier: 'customerTiers',
};

export type EvidenceOption = { value: string; kind: EvidenceKind; id: string; label: string };
export type EvidenceGroup = { kind: EvidenceKind; collection: CollectionName; options: EvidenceOption[] };

export type SituationRows = Pick<PlanCollections, 'segments' | 'products' | 'competitors' | 'channels' | 'macroForces' | 'customerTiers'>;

export type EvidenceLabels = {
  force: (force: MacroForce['force']) => string;
  tier: (tier: CustomerTier['tier']) => string;
  untitled: string;
};

/** A select's value for a piece of evidence: `kind:id`, or '' for none. */
export function evidenceValue(evidence: Evidence | null): string {
  return evidence ? `${evidence.kind}:${evidence.id}` : '';
}

export function parseEvidenceValue(value: string): Evidence | null {
  const at = value.indexOf(':');
  if (at < 0) return null;
  const kind = value.slice(0, at) as EvidenceKind;
  const id = value.slice(at + 1);
  return (EVIDENCE_KINDS as readonly string[]).includes(kind) && id ? { kind, id } : null;
}

const MAX_LABEL = 80;

/** One line of a finding, short enough for a menu: whitespace folded, cut at a word with an ellipsis. */
export function clipLabel(text: string, max = MAX_LABEL): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function label(name: string, labels: EvidenceLabels): string {
  return clipLabel(name) || labels.untitled;
}

/**
 * The situation rows a SWOT item may cite, grouped by table in the order of part 1, each named
 * as its table names it: by name; a macro force by its force and finding; a customer tier by
 * its name, or its tier when unnamed. Tables with no rows are left out.
 */
export function evidenceGroups(rows: SituationRows, labels: EvidenceLabels): EvidenceGroup[] {
  const named = (kind: EvidenceKind, list: readonly { id: string; name: string }[]): EvidenceOption[] =>
    list.map((r) => ({ value: `${kind}:${r.id}`, kind, id: r.id, label: label(r.name, labels) }));
  const all: Record<EvidenceKind, EvidenceOption[]> = {
    segment: named('segment', rows.segments),
    product: named('product', rows.products),
    competitor: named('competitor', rows.competitors),
    channel: named('channel', rows.channels),
    macroForce: rows.macroForces.map((r) => {
      const finding = clipLabel(r.finding, MAX_LABEL - 16);
      return {
        value: `macroForce:${r.id}`,
        kind: 'macroForce' as const,
        id: r.id,
        label: finding ? `${labels.force(r.force)}: ${finding}` : labels.force(r.force),
      };
    }),
    customerTier: rows.customerTiers.map((r) => ({
      value: `customerTier:${r.id}`,
      kind: 'customerTier' as const,
      id: r.id,
      label: clipLabel(r.name) || labels.tier(r.tier),
    })),
  };
  return EVIDENCE_KINDS.filter((kind) => all[kind].length > 0).map((kind) => ({ kind, collection: EVIDENCE_COLLECTIONS[kind], options: all[kind] }));
}

/** The option a piece of evidence points at, or null when its row is gone. */
export function findEvidence(groups: readonly EvidenceGroup[], evidence: Evidence): EvidenceOption | null {
  return groups.find((g) => g.kind === evidence.kind)?.options.find((o) => o.id === evidence.id) ?? null;
}
