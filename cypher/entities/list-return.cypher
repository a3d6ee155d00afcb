// The end of `entities/list-page`: one row, totalCount and page [{node, key}].
RETURN totalCount, page
