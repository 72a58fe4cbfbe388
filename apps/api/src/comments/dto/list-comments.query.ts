import { PageQueryDto } from '../../common/http/page-query.dto';

import type { ListCommentsQuery } from '@challenge/contract';

export class ListCommentsQueryDto extends PageQueryDto implements ListCommentsQuery {}
