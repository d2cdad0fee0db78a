from django import forms


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Mã xác thực",
        max_length=32,
        help_text="6 chữ số trong ứng dụng xác thực, hoặc một mã dự phòng.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "inputmode": "text"}
        ),
    )


class ReplaceForm(CodeForm):
    current_code = forms.CharField(
        label="Mã của điện thoại cũ",
        max_length=32,
        help_text="Mã đang hiện trong ứng dụng cũ, hoặc một mã dự phòng nếu đã mất điện thoại cũ.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text"}),
    )
    field_order = ["current_code", "code"]
