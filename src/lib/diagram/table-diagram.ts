/**
 * What the who-stands-where diagram shows of a table: its `diagram` field names the centre row
 * and the column whose cells label the links (and the centre's own note). The page's diagram and
 * the share image of the section that holds it both draw from here.
 */
import type { UiStrings } from '../../i18n';
import type { Table } from '../content/article';
import { describeDiagram, type DiagramInput } from './relation-diagram';
import { cellText } from '../reuse/table-data';

export function tableDiagram(table: Table, ui: UiStrings): DiagramInput {
  if (!table.diagram) throw new Error(`${table.file}: the table has no "diagram" field`);
  const { centre: centreId, linkColumn } = table.diagram;
  const header = table.columns.find((c) => c.rowHeader)!.field;
  const centreRow = table.rows.find((r) => r.id === centreId)!;
  const centre = { id: centreRow.id, name: cellText(centreRow, header), note: cellText(centreRow, linkColumn) };
  const others = table.rows
    .filter((r) => r !== centreRow)
    .map((r) => ({ id: r.id, name: cellText(r, header), label: cellText(r, linkColumn) }));
  return { title: table.caption, description: describeDiagram({ centre, others }, ui), centre, others };
}
