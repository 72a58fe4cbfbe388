import { Module } from '@nestjs/common';

/** The judging panel: shortlist, rubric, judge invitations and conflicts of interest. */
@Module({})
export class PanelModule {}
