// Rules that agree: who is already on a slot of another rule that day, so that the next rule's rotation passes over
// them (the second rule takes the next leader or staff member) and says so.
import type { ISODate, Leader, RosterRule, RosterSlot, Staff } from '../model.js';
import { isAway, type Rotation } from './rotation.js';

export class DayLoad {
  private readonly byDate = new Map<ISODate, RosterSlot[]>();
  readonly messages: string[] = [];

  add(s: RosterSlot): void {
    const list = this.byDate.get(s.date) ?? [];
    list.push(s);
    this.byDate.set(s.date, list);
  }

  private on(date: ISODate): RosterSlot[] {
    return this.byDate.get(date) ?? [];
  }

  leaderBusy(name: string, date: ISODate): boolean {
    return this.on(date).some((s) => s.leader === name);
  }

  staffBusy(name: string, date: ISODate): boolean {
    return this.on(date).some((s) => s.staff.includes(name));
  }

  /** "2027-03-16：接访已由规则1安排（王强），规则2另排一名": a second slot of the same kind on one day is reported. */
  reportSameKind(rule: RosterRule, date: ISODate): void {
    const other = this.on(date).find((s) => s.kind === rule.kind && s.ruleId !== rule.id);
    if (other) this.messages.push(`${date}：${rule.kind}已由规则${other.ruleId}安排（${other.leader || '待指定'}），规则${rule.id}当天另有一项${rule.kind}`);
  }

  /** The rotation's next leader free that day; a leader busy on another rule is passed over, and that is said. */
  takeLeader(rotation: Rotation<Leader>, rule: RosterRule, date: ISODate): Leader | null {
    const mayServe = (l: Leader) => !isAway(l, date);
    const planned = rotation.peek(mayServe);
    const free = rotation.take((l) => mayServe(l) && !this.leaderBusy(l.name, date));
    if (planned && free && planned.name !== free.name) {
      this.messages.push(`${date}：${planned.name}当天已在${this.where(planned.name, date, 'leader')}，规则${rule.id}（${rule.kind}）按轮换改由${free.name}`);
    }
    if (free || !planned) return free;
    this.messages.push(`${date}：领导人数不够，${planned.name}当天同时在${this.where(planned.name, date, 'leader')}和规则${rule.id}（${rule.kind}）`);
    return rotation.take(mayServe);
  }

  takeStaff(rotation: Rotation<Staff>, rule: RosterRule, date: ISODate): Staff | null {
    const planned = rotation.peek();
    const free = rotation.take((p) => !this.staffBusy(p.name, date));
    if (planned && free && planned.name !== free.name) {
      this.messages.push(`${date}：信访干部${planned.name}当天已在${this.where(planned.name, date, 'staff')}，规则${rule.id}（${rule.kind}）按轮换改由${free.name}`);
    }
    if (free || !planned) return free;
    this.messages.push(`${date}：信访干部人数不够，${planned.name}当天同时在${this.where(planned.name, date, 'staff')}和规则${rule.id}（${rule.kind}）`);
    return rotation.take();
  }

  private where(name: string, date: ISODate, as: 'leader' | 'staff'): string {
    const s = this.on(date).find((x) => (as === 'leader' ? x.leader === name : x.staff.includes(name)));
    return s ? `规则${s.ruleId}（${s.kind}）` : '另一规则';
  }
}
