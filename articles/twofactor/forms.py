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
